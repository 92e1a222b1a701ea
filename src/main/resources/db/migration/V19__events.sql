-- The outbox of committed writes that subscriptions hear of: one event per statement, meeting or article recorded
-- (by a mutation or by importArticle alike), written by the database itself at commit, so that an event exists
-- exactly for a committed write and every instance of Parley reads the same events in the same order.
--
-- The triggers are deferred to commit, when the write's other rows (a statement's topics, a meeting's sides) are
-- there too. Each takes a transaction-level advisory lock before it numbers its event, so that events are numbered
-- in the order their transactions commit: a reader that has seen event n has seen every event before it. The lock
-- is held from the trigger to the end of the commit only. NOTIFY, sent in the same transaction, is delivered at
-- commit and never for a transaction rolled back; the channel is named after the schema, so that schemas of one
-- database (the tests') do not hear each other.
CREATE TABLE event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text        NOT NULL CHECK (kind IN ('STATEMENT_RECORDED', 'MEETING_RECORDED', 'ARTICLE_RECORDED')),
    object_id   bigint      NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX event_recorded_at_idx ON event (recorded_at);

CREATE FUNCTION event_record() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    event_id bigint;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(TG_TABLE_SCHEMA || '.event'));
    INSERT INTO event (kind, object_id) VALUES (TG_ARGV[0], NEW.id) RETURNING id INTO event_id;
    PERFORM pg_notify('parley_events_' || TG_TABLE_SCHEMA, event_id::text);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER statement_event AFTER INSERT ON statement DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION event_record('STATEMENT_RECORDED');
CREATE CONSTRAINT TRIGGER bilateral_meeting_event AFTER INSERT ON bilateral_meeting DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION event_record('MEETING_RECORDED');
CREATE CONSTRAINT TRIGGER article_event AFTER INSERT ON article DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION event_record('ARTICLE_RECORDED');
