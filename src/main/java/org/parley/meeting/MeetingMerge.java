package org.parley.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import org.parley.forum.ForumEntity;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.GlobalId;
import org.parley.graphql.InvalidInputException;
import org.parley.write.Dependent;
import org.parley.write.Writes;

/**
 * Merges two meetings that are one event reported apart: the one to keep takes the other's sources with their
 * accounts, its participants, statements, topics and notes, and fills what it does not know from it; the other
 * goes. Refused when they cannot be one event (other parties, another forum, another day), and with CONFLICT
 * when either changed since the editor read it.
 */
@ApplicationScoped
@Transactional
public class MeetingMerge {

    /**
     * The statements that move the other meeting's rows onto the one kept, in this order, over :keep and :merge.
     * Accounts first (an article that reports both keeps one account, its gaps filled from the other), then the
     * sources they belong to (the database's own empty account for a new source yields to the moved one).
     */
    private static final List<String> MOVES = List.of(
            "UPDATE meeting_report k SET status = coalesce(k.status, m.status), held_on = coalesce(k.held_on,"
                    + " m.held_on), date_text = coalesce(k.date_text, m.date_text), notes = k.notes"
                    + notesOf("m", "k") + " FROM meeting_report m WHERE k.meeting_id = :keep AND m.meeting_id ="
                    + " :merge AND m.article_id = k.article_id",
            "UPDATE meeting_report SET meeting_id = :keep WHERE meeting_id = :merge AND article_id NOT IN"
                    + " (SELECT article_id FROM meeting_article WHERE meeting_id = :keep)",
            "INSERT INTO meeting_article (meeting_id, article_id) SELECT :keep, article_id FROM meeting_article"
                    + " WHERE meeting_id = :merge ON CONFLICT DO NOTHING",
            // what each source said of who took part goes with the participants
            "INSERT INTO meeting_participant_source (meeting_id, official_id, article_id) SELECT :keep, official_id,"
                    + " article_id FROM meeting_participant_source WHERE meeting_id = :merge ON CONFLICT DO NOTHING",
            "UPDATE statement SET meeting_id = :keep" + Dependent.stamp("statement") + " WHERE meeting_id = :merge",
            // an official of both keeps the post the kept meeting names, or takes the other's
            "UPDATE meeting_participant k SET position_id = m.position_id FROM meeting_participant m"
                    + " WHERE k.meeting_id = :keep AND m.meeting_id = :merge AND m.official_id = k.official_id"
                    + " AND k.position_id IS NULL",
            "UPDATE meeting_participant mp SET meeting_id = :keep, side_id = (SELECT ks.id FROM meeting_side ks"
                    + " JOIN meeting_side ms ON ms.id = mp.side_id WHERE ks.meeting_id = :keep"
                    + " AND (ks.country_id = ms.country_id OR ks.organization_id = ms.organization_id))"
                    + " WHERE mp.meeting_id = :merge AND mp.official_id NOT IN (SELECT official_id"
                    + " FROM meeting_participant WHERE meeting_id = :keep)",
            // a topic is expected when one of them expected it and neither discussed it
            "DELETE FROM meeting_topic_expected e WHERE e.meeting_id = :keep AND " + discussedAt(":merge", "e"),
            "INSERT INTO meeting_topic_expected (meeting_id, topic_id) SELECT :keep, x.topic_id"
                    + " FROM meeting_topic_expected x WHERE x.meeting_id = :merge AND NOT " + discussedAt(":keep", "x")
                    + " ON CONFLICT DO NOTHING",
            "INSERT INTO meeting_topic (meeting_id, topic_id) SELECT :keep, topic_id FROM meeting_topic"
                    + " WHERE meeting_id = :merge ON CONFLICT DO NOTHING",
            "UPDATE bilateral_meeting k SET status = :status, forum_id = coalesce(k.forum_id, m.forum_id),"
                    + " held_on = coalesce(k.held_on, m.held_on), held_on_derived = CASE WHEN k.held_on IS NULL"
                    + " THEN m.held_on_derived ELSE k.held_on_derived END,"
                    + " date_text = coalesce(k.date_text, m.date_text),"
                    + " location = coalesce(k.location, m.location), summary = coalesce(k.summary, m.summary),"
                    + " on_sidelines = k.on_sidelines OR m.on_sidelines, notes = k.notes" + notesOf("m", "k")
                    + ", version = k.version + 1, updated_at = now(), updated_by = :who"
                    + " FROM bilateral_meeting m WHERE k.id = :keep"
                    + " AND m.id = :merge",
            "DELETE FROM bilateral_meeting WHERE id = :merge");

    private final EntityManager em;
    private final Writes writes;

    public MeetingMerge(EntityManager em, Writes writes) {
        this.em = em;
        this.writes = writes;
    }

    /** Merges meeting {@code mergeId} into {@code keepId}; returns the id of the meeting kept. */
    public long merge(String keepId, int keepVersion, String mergeId, int mergeVersion) {
        long keep = decode(keepId, "keepId");
        long merge = decode(mergeId, "mergeId");
        if (keep == merge) {
            throw new InvalidInputException("mergeId", "is the meeting to keep; name two different meetings.");
        }
        // both locked in the order of their ids, so that two merges of the same pair wait instead of deadlocking
        MeetingEntity kept;
        MeetingEntity merged;
        if (keep < merge) {
            kept = writes.lock(MeetingEntity.class, BilateralMeeting.TYPE, keepId, keepVersion);
            merged = writes.lock(MeetingEntity.class, BilateralMeeting.TYPE, mergeId, mergeVersion);
        } else {
            merged = writes.lock(MeetingEntity.class, BilateralMeeting.TYPE, mergeId, mergeVersion);
            kept = writes.lock(MeetingEntity.class, BilateralMeeting.TYPE, keepId, keepVersion);
        }
        refuseUnlessOneEvent(kept, merged);
        MeetingStatus status = kept.status.withReport(merged.status);
        em.flush();
        for (String sql : MOVES) {
            var query = em.createNativeQuery(sql);
            if (sql.contains(":keep")) {
                query.setParameter("keep", keep);
            }
            if (sql.contains(":merge")) {
                query.setParameter("merge", merge);
            }
            if (sql.contains(":status")) {
                query.setParameter("status", status.name());
            }
            if (sql.contains(":who")) {
                query.setParameter("who", writes.who());
            }
            query.executeUpdate();
        }
        // the rows were moved by SQL: what this transaction had read of them is out of date
        em.clear();
        return keep;
    }

    private static void refuseUnlessOneEvent(MeetingEntity kept, MeetingEntity merged) {
        if (!kept.parties().equals(merged.parties())) {
            throw new InvalidInputException("mergeId", "is a meeting between " + String.join(" and ",
                    names(merged)) + ", the one to keep between " + String.join(" and ", names(kept))
                    + "; only reports of one meeting, between the same parties, can be merged.");
        }
        if (kept.forum != null && merged.forum != null && !kept.forum.equals(merged.forum)) {
            throw new InvalidInputException("mergeId", "was held at " + forumName(merged.forum) + ", the one to"
                    + " keep at " + forumName(kept.forum) + "; correct the forum of one of them first"
                    + " (updateMeeting).");
        }
        if (kept.heldOn != null && merged.heldOn != null && !kept.heldOn.equals(merged.heldOn)) {
            throw new InvalidInputException("mergeId", "was held on " + merged.heldOn + ", the one to keep on "
                    + kept.heldOn + "; correct the date of one of them first (updateMeeting).");
        }
    }

    private static List<String> names(MeetingEntity meeting) {
        return meeting.sides.stream().map(MeetingSideEntity::partyName).toList();
    }

    private static String forumName(ForumEntity forum) {
        return forum.name + (forum.edition == null ? "" : ", edition " + forum.edition);
    }

    private static long decode(String id, String field) {
        try {
            return GlobalId.decode(BilateralMeeting.TYPE, id);
        } catch (BadUserInputException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }

    /** The notes of {@code from} that {@code to} does not hold, in their order, as an array to append. */
    private static String notesOf(String from, String to) {
        return " || ARRAY(SELECT n FROM unnest(" + from + ".notes) WITH ORDINALITY AS u(n, i) WHERE n <> ALL ("
                + to + ".notes) ORDER BY i)";
    }

    /** Whether the topic of row {@code alias} was discussed (on the agenda, not only expected) at {@code at}. */
    private static String discussedAt(String at, String alias) {
        return "EXISTS (SELECT 1 FROM meeting_topic t WHERE t.meeting_id = " + at + " AND t.topic_id = " + alias
                + ".topic_id AND NOT EXISTS (SELECT 1 FROM meeting_topic_expected x2 WHERE x2.meeting_id = " + at
                + " AND x2.topic_id = t.topic_id))";
    }
}
