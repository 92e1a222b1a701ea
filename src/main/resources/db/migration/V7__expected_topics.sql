-- The topics a report expects a meeting to discuss ("expected to cover the planned intelligence pact") that no
-- report yet says were discussed. Each is one of the meeting's topics (meeting_topic holds them all), so taking a
-- topic off a meeting takes its expectation with it. The check waits for the commit, since a write may link the
-- expectation before the topic.
CREATE TABLE meeting_topic_expected (
    meeting_id bigint NOT NULL,
    topic_id   bigint NOT NULL,
    PRIMARY KEY (meeting_id, topic_id),
    FOREIGN KEY (meeting_id, topic_id) REFERENCES meeting_topic (meeting_id, topic_id) ON DELETE CASCADE
        DEFERRABLE INITIALLY DEFERRED
);
