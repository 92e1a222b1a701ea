-- A statement's day worked out from a report's words for it ("yesterday", "on Wednesday") and the day the report
-- was published, as V12 does for meetings: said_on holds it, and this says it was derived. The words stay in
-- date_text.
ALTER TABLE statement ADD COLUMN said_on_derived boolean NOT NULL DEFAULT false;
ALTER TABLE statement ADD CHECK (NOT said_on_derived OR said_on IS NOT NULL);
