-- Each meeting's previous meeting between the same two countries (the latest earlier meeting of its pair, by date
-- and then id; none when either date is unknown), kept in meeting_fact beside the pair so that
-- previousMeetingBetweenSides and daysSincePreviousMeeting read one row by its key instead of walking the pair's
-- meetings backwards for every meeting they answer.
--
-- How it stays exact: a write that changes a meeting's pair or date leaves a 'pair' delta for V4's commit step,
-- which locks the pair's row of meeting_pair_count; with that lock held, it finds the previous meeting of every
-- meeting of the pair again, in a statement of its own whose snapshot holds every transaction that changed the pair
-- before. A committed write is always followed, a rolled-back one never; within the writing transaction the values
-- are those of its start (Parley's mutations answer after their commit).
ALTER TABLE meeting_fact ADD COLUMN previous_meeting_id bigint, ADD COLUMN previous_held_on date;

-- The previous meetings of the meetings of the pairs of countries (a[i], b[i]).
CREATE FUNCTION meeting_previous_refresh(a bigint[], b bigint[]) RETURNS void LANGUAGE sql AS $$
    UPDATE meeting_fact f SET previous_meeting_id = p.meeting_id, previous_held_on = p.held_on
      FROM meeting_fact m
      LEFT JOIN LATERAL (
          SELECT pp.meeting_id, pp.held_on FROM meeting_fact pp
           WHERE pp.country_a = m.country_a AND pp.country_b = m.country_b
             AND coalesce(pp.held_on, '-infinity'::date) < m.held_on AND pp.held_on IS NOT NULL
           ORDER BY coalesce(pp.held_on, '-infinity'::date) DESC, pp.meeting_id DESC LIMIT 1) p ON true
     WHERE (m.country_a, m.country_b) IN (SELECT * FROM unnest(a, b))
       AND f.meeting_id = m.meeting_id
       AND (f.previous_meeting_id, f.previous_held_on) IS DISTINCT FROM (p.meeting_id, p.held_on);
$$;

-- A meeting without its two sides has no pair, and so no previous meeting.
CREATE FUNCTION meeting_fact_unpaired() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.previous_meeting_id := NULL;
    NEW.previous_held_on := NULL;
    RETURN NEW;
END
$$;
CREATE TRIGGER meeting_fact_unpaired BEFORE UPDATE OF country_a ON meeting_fact
    FOR EACH ROW WHEN (NEW.country_a IS NULL) EXECUTE FUNCTION meeting_fact_unpaired();

-- Setting the previous meeting is no change to count.
DROP TRIGGER meeting_fact_deltas ON meeting_fact;
CREATE TRIGGER meeting_fact_deltas AFTER INSERT OR DELETE OR UPDATE OF country_a, country_b, forum_id, held_on
    ON meeting_fact FOR EACH ROW EXECUTE FUNCTION meeting_fact_deltas();

-- V4's commit step, with the previous meetings found again once the pairs' rows are locked.
CREATE OR REPLACE FUNCTION aggregate_apply() RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    me bigint := txid_current();
BEGIN
    IF NOT EXISTS (SELECT 1 FROM aggregate_delta WHERE tx = me) THEN
        RETURN;
    END IF;

    INSERT INTO group_count AS g (grouping, id1, id2, period, kind, n)
    SELECT target, id1, id2, period, kind, sum(n) FROM aggregate_delta WHERE tx = me AND target <> 'pair'
     GROUP BY target, id1, id2, period, kind HAVING sum(n) <> 0
     ORDER BY target, id1, id2, period, kind
        ON CONFLICT (grouping, id1, id2, period, kind) DO UPDATE SET n = g.n + excluded.n;
    DELETE FROM group_count WHERE n = 0;

    INSERT INTO meeting_pair_count AS p (country_a, country_b, meetings)
    SELECT id1, id2, sum(n) FROM aggregate_delta WHERE tx = me AND target = 'pair'
     GROUP BY id1, id2 ORDER BY id1, id2
        ON CONFLICT (country_a, country_b) DO UPDATE SET meetings = p.meetings + excluded.meetings;
    DELETE FROM meeting_pair_count WHERE meetings = 0;
    UPDATE meeting_pair_count p SET
           first_held_on = (SELECT f.held_on FROM meeting_fact f
                             WHERE f.country_a = p.country_a AND f.country_b = p.country_b
                               AND coalesce(f.held_on, '-infinity'::date) > '-infinity'::date
                             ORDER BY coalesce(f.held_on, '-infinity'::date) LIMIT 1),
           last_held_on = (SELECT f.held_on FROM meeting_fact f
                            WHERE f.country_a = p.country_a AND f.country_b = p.country_b
                            ORDER BY coalesce(f.held_on, '-infinity'::date) DESC LIMIT 1)
     WHERE (country_a, country_b) IN (SELECT id1, id2 FROM aggregate_delta WHERE tx = me AND target = 'pair');
    PERFORM meeting_previous_refresh(array_agg(id1), array_agg(id2))
       FROM (SELECT DISTINCT id1, id2 FROM aggregate_delta WHERE tx = me AND target = 'pair') d;

    INSERT INTO meeting_country_count AS c (country_id, meetings, partners)
    SELECT DISTINCT e.country, 0, 0
      FROM aggregate_delta d, LATERAL (VALUES (d.id1), (d.id2)) AS e(country)
     WHERE d.tx = me AND d.target = 'pair' ORDER BY e.country
        ON CONFLICT (country_id) DO UPDATE SET meetings = c.meetings;
    UPDATE meeting_country_count c SET (meetings, partners) =
           (SELECT coalesce(sum(p.meetings), 0), count(*) FROM meeting_pair_count p
             WHERE p.country_a = c.country_id OR p.country_b = c.country_id)
     WHERE country_id IN (SELECT id1 FROM aggregate_delta WHERE tx = me AND target = 'pair'
                          UNION SELECT id2 FROM aggregate_delta WHERE tx = me AND target = 'pair');
    DELETE FROM meeting_country_count WHERE meetings = 0;

    DELETE FROM aggregate_delta WHERE tx = me;
END
$$;

-- backfill: what is there
SELECT meeting_previous_refresh(array_agg(country_a), array_agg(country_b)) FROM meeting_pair_count;
