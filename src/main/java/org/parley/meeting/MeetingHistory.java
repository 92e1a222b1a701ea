package org.parley.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.graphql.Batch;
import org.parley.graphql.Db;

/**
 * The previous meeting between the same two countries (the latest earlier one held), for many meetings in one
 * statement: kept for each meeting in meeting_fact, which the writes keep up to date (migrations V5 and V20).
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
     * The FROM clause of the meeting before the meeting {@code current} between its two sides' countries, as the
     * bilateral_meeting {@code previous}: none when a date is unknown. meeting_fact keeps it (V5, V20); its
     * other alias is its own.
     */
    public static String previous(String current, String previous) {
        return "meeting_fact pc JOIN bilateral_meeting " + previous + " ON " + previous + ".id = pc.previous_meeting_id"
                + " WHERE pc.meeting_id = " + current + ".id";
    }

    /** The days between the meeting {@code current} and its previous meeting between the same sides, or null. */
    public static String daysSincePrevious(String current) {
        return "(SELECT " + current + ".held_on - pc.previous_held_on FROM meeting_fact pc WHERE pc.meeting_id = "
                + current + ".id)";
    }

    /** For each meeting, its previous meeting between the same two countries, or null (also when its date is unknown). */
    public List<Previous> previousOf(List<BilateralMeeting> meetings) {
        List<Batch.Keyed<Previous>> rows = db.list("SELECT cur.id AS parent_id, " + daysSincePrevious("cur")
                + " AS days, p.* FROM bilateral_meeting cur CROSS JOIN LATERAL (SELECT " + BilateralMeeting.columns("m")
                + " FROM " + previous("cur", "m") + ") p WHERE cur.id = ANY(?)",
                List.of(Batch.keys(meetings, m -> m.dbId)),
                rs -> new Batch.Keyed<>(rs.getLong("parent_id"), new Previous(BilateralMeeting.from(rs), rs.getInt("days"))));
        return Batch.toManyKeyed(meetings, m -> m.dbId, rows).stream().map(p -> p.isEmpty() ? null : p.get(0)).toList();
    }
}
