-- A side of a meeting is a country or an organisation (Baek's talks with the U.N. and the EU at the Seoul Defense
-- Dialogue): exactly one of country_id and organization_id. A side may name no official ("his counterparts from
-- the EU"). The pair of countries that the network, COUNTRY_PAIR counts and previousMeetingBetweenSides read is
-- that of meetings whose two sides are both countries; a meeting with an organisation has none.

ALTER TABLE meeting_side ALTER COLUMN country_id DROP NOT NULL,
    ADD COLUMN organization_id bigint REFERENCES organization (id),
    ADD CONSTRAINT meeting_side_country_or_organization CHECK ((country_id IS NULL) <> (organization_id IS NULL)),
    ADD CONSTRAINT meeting_side_meeting_id_organization_id_key UNIQUE (meeting_id, organization_id);
CREATE INDEX meeting_side_organization_id_idx ON meeting_side (organization_id, meeting_id);

CREATE OR REPLACE FUNCTION meeting_fact_pair(meeting bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meeting_fact f SET country_a = s.a, country_b = s.b
      FROM (SELECT CASE WHEN count(country_id) = 2 THEN min(country_id) END AS a,
                   CASE WHEN count(country_id) = 2 THEN max(country_id) END AS b
              FROM meeting_side WHERE meeting_id = meeting) s
     WHERE f.meeting_id = meeting AND (f.country_a, f.country_b) IS DISTINCT FROM (s.a, s.b);
END
$$;

DROP TRIGGER meeting_side_fact ON meeting_side;
CREATE TRIGGER meeting_side_fact AFTER INSERT OR DELETE OR UPDATE OF meeting_id, country_id, organization_id, side_no
    ON meeting_side FOR EACH ROW EXECUTE FUNCTION meeting_side_to_fact();
