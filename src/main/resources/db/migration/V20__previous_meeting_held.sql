-- A meeting's previous meeting between the same two countries is the latest earlier one that took place: a meeting
-- only planned or cancelled is no previous meeting (before, previousMeetingBetweenSides and
-- daysSincePreviousMeeting counted them, so that a cancelled visit hid the last real one). meeting_fact keeps
-- whether each meeting was held, beside its date; a change of status is a change of the pair's history like a change
-- of date, found again at commit (V5).
ALTER TABLE meeting_fact ADD COLUMN held boolean NOT NULL DEFAULT true;
UPDATE meeting_fact f SET held = m.status = 'HELD' FROM bilateral_meeting m WHERE m.id = f.meeting_id;

CREATE OR REPLACE FUNCTION meeting_fact_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO meeting_fact (meeting_id, forum_id, held_on, held)
    VALUES (NEW.id, NEW.forum_id, NEW.held_on, NEW.status = 'HELD');
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION meeting_fact_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meeting_fact SET forum_id = NEW.forum_id, held_on = NEW.held_on, held = NEW.status = 'HELD'
     WHERE meeting_id = NEW.id;
    RETURN NULL;
END
$$;
DROP TRIGGER bilateral_meeting_fact_update ON bilateral_meeting;
CREATE TRIGGER bilateral_meeting_fact_update AFTER UPDATE OF forum_id, held_on, status ON bilateral_meeting
    FOR EACH ROW WHEN (OLD.forum_id IS DISTINCT FROM NEW.forum_id OR OLD.held_on IS DISTINCT FROM NEW.held_on
                       OR (OLD.status = 'HELD') IS DISTINCT FROM (NEW.status = 'HELD'))
    EXECUTE FUNCTION meeting_fact_update();

-- A meeting held or no longer held leaves a 'pair' delta (-1 and +1: the counts stay), so that the commit step finds
-- the pair's previous meetings again.
DROP TRIGGER meeting_fact_deltas ON meeting_fact;
CREATE TRIGGER meeting_fact_deltas AFTER INSERT OR DELETE OR UPDATE OF country_a, country_b, forum_id, held_on, held
    ON meeting_fact FOR EACH ROW EXECUTE FUNCTION meeting_fact_deltas();

CREATE OR REPLACE FUNCTION meeting_previous_refresh(a bigint[], b bigint[]) RETURNS void LANGUAGE sql AS $$
    UPDATE meeting_fact f SET previous_meeting_id = p.meeting_id, previous_held_on = p.held_on
      FROM meeting_fact m
      LEFT JOIN LATERAL (
          SELECT pp.meeting_id, pp.held_on FROM meeting_fact pp
           WHERE pp.country_a = m.country_a AND pp.country_b = m.country_b
             AND coalesce(pp.held_on, '-infinity'::date) < m.held_on AND pp.held_on IS NOT NULL AND pp.held
           ORDER BY coalesce(pp.held_on, '-infinity'::date) DESC, pp.meeting_id DESC LIMIT 1) p ON true
     WHERE (m.country_a, m.country_b) IN (SELECT * FROM unnest(a, b))
       AND f.meeting_id = m.meeting_id
       AND (f.previous_meeting_id, f.previous_held_on) IS DISTINCT FROM (p.meeting_id, p.held_on);
$$;

-- backfill: what is there
SELECT meeting_previous_refresh(array_agg(country_a), array_agg(country_b)) FROM meeting_pair_count;
