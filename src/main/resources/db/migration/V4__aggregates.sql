-- Aggregates that answer network(level: COUNTRY), meetingCounts and statementCounts without reading every meeting
-- and statement: their size depends on the number of countries, forums, topics and months.
--
-- How they stay exact: row triggers on the base tables never touch an aggregate. They write the change as delta
-- rows into aggregate_delta (plain inserts, which never wait for another transaction), and a deferred constraint
-- trigger adds a transaction's deltas to the aggregates when it commits, in key order, inside that transaction.
-- So a committed write is always counted, a rolled-back one never, and the counter rows that every write touches
-- (this month, QUOTE, ...) are locked only for the moment before commit and always in the same order: concurrent
-- writers briefly queue on them but cannot deadlock on them. INSERT ... ON CONFLICT DO UPDATE with additive
-- deltas is right for this write volume (imports and edits, not a stream of thousands a second).

-- One row per bilateral meeting: its pair of countries (lower id first; NULL until it has its two sides), forum
-- and date. Triggers keep it equal to bilateral_meeting and meeting_side; its changes are what the meeting
-- aggregates count. The index hands out a pair's first, last and latest meetings.
CREATE TABLE meeting_fact (
    meeting_id bigint PRIMARY KEY REFERENCES bilateral_meeting (id) ON DELETE CASCADE,
    country_a  bigint,
    country_b  bigint,
    forum_id   bigint,
    held_on    date
);
CREATE INDEX meeting_fact_pair_latest_idx
    ON meeting_fact (country_a, country_b, (coalesce(held_on, '-infinity'::date)), meeting_id);

-- Meetings per pair of countries that met (country_a < country_b), with the first and last known day: the edges
-- of the network and meetingCounts(by: COUNTRY_PAIR).
CREATE TABLE meeting_pair_count (
    country_a    bigint  NOT NULL,
    country_b    bigint  NOT NULL,
    meetings     integer NOT NULL,
    first_held_on date,
    last_held_on  date,
    PRIMARY KEY (country_a, country_b)
);
CREATE INDEX meeting_pair_count_country_b_idx ON meeting_pair_count (country_b, country_a);

-- Per country: its meetings and how many countries it met; the nodes of the network, most meetings first.
CREATE TABLE meeting_country_count (
    country_id bigint  PRIMARY KEY,
    meetings   integer NOT NULL,
    partners   integer NOT NULL
);
CREATE INDEX meeting_country_count_meetings_idx ON meeting_country_count (meetings DESC, country_id);

-- The groups of meetingCounts and statementCounts without a filter, keyed like their answer (id1, id2, period,
-- kind): MEETING_FORUM, MEETING_MONTH, STATEMENT_TOPIC, STATEMENT_SPEAKER_COUNTRY, STATEMENT_KIND and
-- STATEMENT_MONTH (years are summed from months). NULL keys are the groups of unknown forum, country or date.
CREATE TABLE group_count (
    grouping text    NOT NULL,
    id1      bigint,
    id2      bigint,
    period   date,
    kind     text,
    n        integer NOT NULL,
    UNIQUE NULLS NOT DISTINCT (grouping, id1, id2, period, kind)
);

-- What the current transaction changed, until it commits: target 'pair' (id1, id2 = the countries) or a grouping
-- of group_count. Unlogged: its rows never outlive their transaction.
CREATE UNLOGGED TABLE aggregate_delta (
    tx       bigint  NOT NULL DEFAULT txid_current(),
    target   text    NOT NULL,
    id1      bigint,
    id2      bigint,
    period   date,
    kind     text,
    n        integer NOT NULL
);
CREATE INDEX aggregate_delta_tx_idx ON aggregate_delta (tx);

CREATE INDEX group_count_emptied_idx ON group_count (grouping) WHERE n = 0;
CREATE INDEX meeting_pair_count_emptied_idx ON meeting_pair_count (country_a) WHERE meetings = 0;

-- ---- backfill: the aggregates of what is there, before the triggers below keep them

INSERT INTO meeting_fact (meeting_id, country_a, country_b, forum_id, held_on)
SELECT m.id, s.a, s.b, m.forum_id, m.held_on
  FROM bilateral_meeting m
  LEFT JOIN (SELECT meeting_id, min(country_id) AS a, max(country_id) AS b FROM meeting_side
              GROUP BY meeting_id HAVING count(*) = 2) s ON s.meeting_id = m.id;

INSERT INTO meeting_pair_count (country_a, country_b, meetings, first_held_on, last_held_on)
SELECT country_a, country_b, count(*), min(held_on), max(held_on)
  FROM meeting_fact WHERE country_a IS NOT NULL GROUP BY country_a, country_b;

INSERT INTO meeting_country_count (country_id, meetings, partners)
SELECT country, sum(meetings), count(*)
  FROM meeting_pair_count, LATERAL (VALUES (country_a), (country_b)) AS e(country) GROUP BY country;

INSERT INTO group_count (grouping, id1, id2, period, kind, n)
SELECT 'MEETING_FORUM', forum_id, CAST(NULL AS bigint), CAST(NULL AS date), CAST(NULL AS text), count(*)
  FROM meeting_fact GROUP BY forum_id
UNION ALL
SELECT 'MEETING_MONTH', NULL, NULL, CAST(date_trunc('month', held_on) AS date), NULL, count(*) FROM meeting_fact
 GROUP BY CAST(date_trunc('month', held_on) AS date)
UNION ALL
SELECT 'STATEMENT_KIND', NULL, NULL, NULL, kind, count(*) FROM statement GROUP BY kind
UNION ALL
SELECT 'STATEMENT_MONTH', NULL, NULL, CAST(date_trunc('month', said_on) AS date), NULL, count(*) FROM statement
 GROUP BY CAST(date_trunc('month', said_on) AS date)
UNION ALL
SELECT 'STATEMENT_SPEAKER_COUNTRY', o.country_id, NULL, NULL, NULL, count(*)
  FROM statement s JOIN official o ON o.id = s.speaker_id GROUP BY o.country_id
UNION ALL
SELECT 'STATEMENT_TOPIC', topic_id, NULL, NULL, NULL, count(*) FROM statement_topic GROUP BY topic_id;

-- ---- meeting_fact follows the meetings and their sides

CREATE FUNCTION meeting_fact_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO meeting_fact (meeting_id, forum_id, held_on) VALUES (NEW.id, NEW.forum_id, NEW.held_on);
    RETURN NULL;
END
$$;
CREATE TRIGGER bilateral_meeting_fact_insert AFTER INSERT ON bilateral_meeting
    FOR EACH ROW EXECUTE FUNCTION meeting_fact_insert();

CREATE FUNCTION meeting_fact_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meeting_fact SET forum_id = NEW.forum_id, held_on = NEW.held_on WHERE meeting_id = NEW.id;
    RETURN NULL;
END
$$;
CREATE TRIGGER bilateral_meeting_fact_update AFTER UPDATE OF forum_id, held_on ON bilateral_meeting
    FOR EACH ROW WHEN (OLD.forum_id IS DISTINCT FROM NEW.forum_id OR OLD.held_on IS DISTINCT FROM NEW.held_on)
    EXECUTE FUNCTION meeting_fact_update();

-- The pair of a meeting: its two countries once it has both sides (as the network and COUNTRY_PAIR read them).
CREATE FUNCTION meeting_fact_pair(meeting bigint) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meeting_fact f SET country_a = s.a, country_b = s.b
      FROM (SELECT CASE WHEN count(*) = 2 THEN min(country_id) END AS a,
                   CASE WHEN count(*) = 2 THEN max(country_id) END AS b
              FROM meeting_side WHERE meeting_id = meeting) s
     WHERE f.meeting_id = meeting AND (f.country_a, f.country_b) IS DISTINCT FROM (s.a, s.b);
END
$$;

CREATE FUNCTION meeting_side_to_fact() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        PERFORM meeting_fact_pair(OLD.meeting_id);
    END IF;
    IF TG_OP <> 'DELETE' AND (TG_OP = 'INSERT' OR NEW.meeting_id <> OLD.meeting_id) THEN
        PERFORM meeting_fact_pair(NEW.meeting_id);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER meeting_side_fact AFTER INSERT OR DELETE OR UPDATE OF meeting_id, country_id, side_no
    ON meeting_side FOR EACH ROW EXECUTE FUNCTION meeting_side_to_fact();

-- ---- changes become deltas

CREATE FUNCTION meeting_fact_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO aggregate_delta (target, id1, id2, period, n) VALUES
            ('MEETING_FORUM', OLD.forum_id, NULL, NULL, -1),
            ('MEETING_MONTH', NULL, NULL, CAST(date_trunc('month', OLD.held_on) AS date), -1);
        IF OLD.country_a IS NOT NULL THEN
            INSERT INTO aggregate_delta (target, id1, id2, n) VALUES ('pair', OLD.country_a, OLD.country_b, -1);
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO aggregate_delta (target, id1, id2, period, n) VALUES
            ('MEETING_FORUM', NEW.forum_id, NULL, NULL, 1),
            ('MEETING_MONTH', NULL, NULL, CAST(date_trunc('month', NEW.held_on) AS date), 1);
        IF NEW.country_a IS NOT NULL THEN
            INSERT INTO aggregate_delta (target, id1, id2, n) VALUES ('pair', NEW.country_a, NEW.country_b, 1);
        END IF;
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER meeting_fact_deltas AFTER INSERT OR DELETE OR UPDATE ON meeting_fact
    FOR EACH ROW EXECUTE FUNCTION meeting_fact_deltas();

-- A statement counts under its kind, month and speaker's country (the official's country at the time of the
-- count: an official who changes country takes their statements along, below).
CREATE FUNCTION statement_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO aggregate_delta (target, id1, period, kind, n) VALUES
            ('STATEMENT_KIND', NULL, NULL, OLD.kind, -1),
            ('STATEMENT_MONTH', NULL, CAST(date_trunc('month', OLD.said_on) AS date), NULL, -1),
            ('STATEMENT_SPEAKER_COUNTRY', (SELECT country_id FROM official WHERE id = OLD.speaker_id), NULL, NULL, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO aggregate_delta (target, id1, period, kind, n) VALUES
            ('STATEMENT_KIND', NULL, NULL, NEW.kind, 1),
            ('STATEMENT_MONTH', NULL, CAST(date_trunc('month', NEW.said_on) AS date), NULL, 1),
            ('STATEMENT_SPEAKER_COUNTRY', (SELECT country_id FROM official WHERE id = NEW.speaker_id), NULL, NULL, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER statement_deltas AFTER INSERT OR DELETE ON statement
    FOR EACH ROW EXECUTE FUNCTION statement_deltas();
CREATE TRIGGER statement_update_deltas AFTER UPDATE OF kind, said_on, speaker_id ON statement
    FOR EACH ROW WHEN (OLD.kind IS DISTINCT FROM NEW.kind OR OLD.said_on IS DISTINCT FROM NEW.said_on
                       OR OLD.speaker_id IS DISTINCT FROM NEW.speaker_id)
    EXECUTE FUNCTION statement_deltas();

CREATE FUNCTION statement_topic_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        INSERT INTO aggregate_delta (target, id1, n) VALUES ('STATEMENT_TOPIC', OLD.topic_id, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO aggregate_delta (target, id1, n) VALUES ('STATEMENT_TOPIC', NEW.topic_id, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER statement_topic_deltas AFTER INSERT OR DELETE OR UPDATE OF topic_id ON statement_topic
    FOR EACH ROW EXECUTE FUNCTION statement_topic_deltas();

CREATE FUNCTION official_country_deltas() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO aggregate_delta (target, id1, n)
    SELECT 'STATEMENT_SPEAKER_COUNTRY', c.country_id, c.sign * s.n
      FROM (SELECT count(*)::integer AS n FROM statement WHERE speaker_id = NEW.id) s,
           (VALUES (OLD.country_id, -1), (NEW.country_id, 1)) AS c(country_id, sign)
     WHERE s.n > 0;
    RETURN NULL;
END
$$;
CREATE TRIGGER official_country_deltas AFTER UPDATE OF country_id ON official
    FOR EACH ROW WHEN (OLD.country_id IS DISTINCT FROM NEW.country_id)
    EXECUTE FUNCTION official_country_deltas();

-- ---- at commit: the transaction's deltas into the aggregates

-- Adds the current transaction's deltas, each aggregate in key order, and removes emptied groups. The first and
-- last day of a pair and the totals of a country are read again after their rows are locked, each in a statement
-- of its own: its snapshot then holds every transaction that changed them before. The first call at commit does
-- the work; the calls for the transaction's other delta rows find none left.
CREATE FUNCTION aggregate_apply() RETURNS void LANGUAGE plpgsql AS $$
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

-- The deferred trigger runs once per delta row. A transaction-local setting says whether deltas came since the last
-- apply, so that only the first call at commit touches aggregate_delta: probing it once per row walked the index
-- entries of every delta the transaction had written and deleted, quadratic in their number (a bulk load of a
-- million rows spent minutes in COMMIT).
CREATE FUNCTION aggregate_delta_pending() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('parley.aggregate_pending', 'on', true);
    RETURN NEW;
END
$$;
CREATE TRIGGER aggregate_delta_pending BEFORE INSERT ON aggregate_delta
    FOR EACH ROW EXECUTE FUNCTION aggregate_delta_pending();

CREATE FUNCTION aggregate_apply_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('parley.aggregate_pending', true) = 'on' THEN
        PERFORM set_config('parley.aggregate_pending', 'off', true);
        PERFORM aggregate_apply();
    END IF;
    RETURN NULL;
END
$$;
CREATE CONSTRAINT TRIGGER aggregate_delta_at_commit AFTER INSERT ON aggregate_delta
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION aggregate_apply_at_commit();


-- the planner's statistics for the new tables, before the first question reads them
ANALYZE meeting_fact, meeting_pair_count, meeting_country_count, group_count;
