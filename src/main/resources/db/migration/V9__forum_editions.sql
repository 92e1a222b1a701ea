-- A forum row is one edition of a series that shares its name: the Seoul Defense Dialogue of report 1 is the
-- series' second edition, that of report 2 a later one, and neither report gives a start date. An edition is told
-- apart by its ordinal (stated by an article, or derived from what one says, e.g. "nine years after the second",
-- and then marked derived), and two editions without a known start date no longer collide. The article's words
-- for the first day ("Monday") and for the attendance ("about 180 senior officials and experts") are kept as
-- they are written. A participant's delegation has a level ("vice-minister level").

ALTER TABLE forum
    ADD COLUMN edition         integer CHECK (edition > 0),
    ADD COLUMN edition_derived boolean NOT NULL DEFAULT false,
    ADD COLUMN edition_text    text CHECK (length(edition_text) <= 200),
    ADD COLUMN start_date_text text CHECK (length(start_date_text) <= 100),
    ADD COLUMN attendance_text text CHECK (length(attendance_text) <= 300),
    ADD CONSTRAINT forum_edition_derived_needs_edition CHECK (edition IS NOT NULL OR NOT edition_derived),
    DROP CONSTRAINT forum_name_start_date_key,
    ADD CONSTRAINT forum_name_edition_start_date_key UNIQUE NULLS NOT DISTINCT (name, edition, start_date);
CREATE UNIQUE INDEX forum_name_edition_idx ON forum (name, edition) WHERE edition IS NOT NULL;

ALTER TABLE forum_participant
    ADD COLUMN delegation_level text
        CHECK (delegation_level IN ('MINISTER', 'VICE_MINISTER', 'BELOW_VICE_MINISTER'));
