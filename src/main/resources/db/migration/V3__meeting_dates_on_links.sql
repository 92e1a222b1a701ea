-- The latest meetings of an official or of a country are read through meeting_participant and meeting_side. With
-- the meeting's date copied onto those link rows, an index hands them out in order: the five latest of an
-- official's two hundred meetings without reading the other hundred and ninety-five. Triggers keep the copy equal
-- to bilateral_meeting.held_on; nothing else writes it.

ALTER TABLE meeting_participant ADD COLUMN held_on date;
ALTER TABLE meeting_side ADD COLUMN held_on date;
UPDATE meeting_participant p SET held_on = m.held_on FROM bilateral_meeting m WHERE m.id = p.meeting_id;
UPDATE meeting_side s SET held_on = m.held_on FROM bilateral_meeting m WHERE m.id = s.meeting_id;

-- A new or moved link row takes its meeting's date (whatever a writer put there).
CREATE FUNCTION meeting_link_held_on() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.held_on := (SELECT m.held_on FROM bilateral_meeting m WHERE m.id = NEW.meeting_id);
    RETURN NEW;
END
$$;

CREATE TRIGGER meeting_participant_held_on BEFORE INSERT OR UPDATE OF meeting_id, held_on ON meeting_participant
    FOR EACH ROW EXECUTE FUNCTION meeting_link_held_on();
CREATE TRIGGER meeting_side_held_on BEFORE INSERT OR UPDATE OF meeting_id, held_on ON meeting_side
    FOR EACH ROW EXECUTE FUNCTION meeting_link_held_on();

-- A meeting whose date changes passes it on to its link rows.
CREATE FUNCTION meeting_held_on_to_links() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE meeting_participant SET held_on = NEW.held_on WHERE meeting_id = NEW.id;
    UPDATE meeting_side SET held_on = NEW.held_on WHERE meeting_id = NEW.id;
    RETURN NULL;
END
$$;

CREATE TRIGGER bilateral_meeting_held_on_to_links AFTER UPDATE OF held_on ON bilateral_meeting
    FOR EACH ROW WHEN (OLD.held_on IS DISTINCT FROM NEW.held_on) EXECUTE FUNCTION meeting_held_on_to_links();

-- The latest first, unknown dates last, ties by meeting id: the order of every meeting list (MeetingOrder).
CREATE INDEX meeting_participant_official_latest_idx
    ON meeting_participant (official_id, coalesce(held_on, '-infinity'::date), meeting_id);
CREATE INDEX meeting_side_country_latest_idx
    ON meeting_side (country_id, coalesce(held_on, '-infinity'::date), meeting_id);
