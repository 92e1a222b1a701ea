package org.parley.live;

/**
 * One committed write, as the outbox (table {@code event}, V19) numbers it: ids grow in commit order.
 *
 * @param id its number, the cursor a subscriber resumes after
 * @param kind what was recorded
 * @param objectId the statement's, meeting's or article's id
 */
public record Event(long id, Kind kind, long objectId) {

    /** What an event records, as the column {@code event.kind} names it. */
    public enum Kind {
        STATEMENT_RECORDED, MEETING_RECORDED, ARTICLE_RECORDED
    }
}
