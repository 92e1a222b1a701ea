-- A meeting has two or more parties: side 1..n, each a different country or organisation (a session of the forum
-- with ASEAN's members, a trilateral). A pair of countries is still that of a meeting of exactly two sides, both
-- countries: the network of countries, COUNTRY_PAIR counts and previousMeetingBetweenSides read only those; a
-- meeting of three parties with two countries among them is no pair (V8 counted only the countries).

ALTER TABLE meeting_side DROP CONSTRAINT meeting_side_side_no_check,
    ADD CONSTRAINT meeting_side_side_no_check CHECK (side_no BETWEEN 1 AND 30);

CREATE OR REPLACE FUNCTION meeting_fact_pair(meeting bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meeting_fact f SET country_a = s.a, country_b = s.b
      FROM (SELECT CASE WHEN count(*) = 2 AND count(country_id) = 2 THEN min(country_id) END AS a,
                   CASE WHEN count(*) = 2 AND count(country_id) = 2 THEN max(country_id) END AS b
              FROM meeting_side WHERE meeting_id = meeting) s
     WHERE f.meeting_id = meeting AND (f.country_a, f.country_b) IS DISTINCT FROM (s.a, s.b);
END
$$;
