-- A meeting's day worked out from a report's words for it ("Wednesday") and the day the report was published,
-- rather than stated: held_on holds it, so that lists, orders and date ranges use it, and this says it was
-- derived. The words stay in date_text and in each report's account, never replaced.
ALTER TABLE bilateral_meeting ADD COLUMN held_on_derived boolean NOT NULL DEFAULT false;
ALTER TABLE bilateral_meeting ADD CHECK (NOT held_on_derived OR held_on IS NOT NULL);
