package org.parley.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.graphql.Batch;
import org.parley.graphql.Db;

/**
 * The previous meeting between the same two countries, for many meetings in one statement: a LATERAL join reads, for
 * each meeting of known date, the latest earlier meeting of its two countries through the index on meeting_side.
 */
@ApplicationScoped
public class MeetingHistory {

    /** A meeting's previous meeting between the same sides and the days between the two. */
    public record Previous(BilateralMeeting meeting, int days) {
    }

    private final Db db;

    public MeetingHistory(Db db) {
        this.db = db;
    }

    /**
     * The FROM clause of the meetings before the meeting {@code current} between its two sides' countries, the latest
     * first, as the bilateral_meeting {@code previous}: none when a date is unknown. It reads the pair's meetings
     * backwards from the current date along the index of meeting_fact (V4), however often the two countries met;
     * its other aliases are its own.
     */
    public static String previous(String current, String previous) {
        return "meeting_fact pc JOIN meeting_fact pp ON pp.country_a = pc.country_a AND pp.country_b = pc.country_b"
                + " AND coalesce(pp.held_on, '-infinity'::date) < " + current + ".held_on AND pp.held_on IS NOT NULL"
                + " JOIN bilateral_meeting " + previous + " ON " + previous + ".id = pp.meeting_id"
                + " WHERE pc.meeting_id = " + current + ".id"
                + " ORDER BY coalesce(pp.held_on, '-infinity'::date) DESC, pp.meeting_id DESC";
    }

    /** For each meeting, its previous meeting between the same two countries, or null (also when its date is unknown). */
    public List<Previous> previousOf(List<BilateralMeeting> meetings) {
        List<Batch.Keyed<Previous>> rows = db.list("SELECT cur.id AS parent_id, cur.held_on - p.m_held_on AS days, p.*"
                + " FROM bilateral_meeting cur CROSS JOIN LATERAL (SELECT " + BilateralMeeting.columns("m") + " FROM "
                + previous("cur", "m") + " LIMIT 1) p WHERE cur.id = ANY(?) AND cur.held_on IS NOT NULL",
                List.of(Batch.keys(meetings, m -> m.dbId)),
                rs -> new Batch.Keyed<>(rs.getLong("parent_id"), new Previous(BilateralMeeting.from(rs), rs.getInt("days"))));
        return Batch.toManyKeyed(meetings, m -> m.dbId, rows).stream().map(p -> p.isEmpty() ? null : p.get(0)).toList();
    }
}
