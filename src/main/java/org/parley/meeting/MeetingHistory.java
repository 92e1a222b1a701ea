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

    /** For each meeting, its previous meeting between the same two countries, or null (also when its date is unknown). */
    public List<Previous> previousOf(List<BilateralMeeting> meetings) {
        List<Batch.Keyed<Previous>> rows = db.list("SELECT cur.id AS parent_id, cur.held_on - p.m_held_on AS days, p.*"
                + " FROM bilateral_meeting cur"
                + " JOIN meeting_side a ON a.meeting_id = cur.id AND a.side_no = 1"
                + " JOIN meeting_side b ON b.meeting_id = cur.id AND b.side_no = 2"
                + " CROSS JOIN LATERAL (SELECT " + BilateralMeeting.columns("m") + " FROM meeting_side x"
                + " JOIN meeting_side y ON y.meeting_id = x.meeting_id AND y.country_id = b.country_id"
                + " JOIN bilateral_meeting m ON m.id = x.meeting_id"
                + " WHERE x.country_id = a.country_id AND m.held_on < cur.held_on"
                + " ORDER BY m.held_on DESC, m.id DESC LIMIT 1) p"
                + " WHERE cur.id = ANY(?) AND cur.held_on IS NOT NULL",
                List.of(Batch.keys(meetings, m -> m.dbId)),
                rs -> new Batch.Keyed<>(rs.getLong("parent_id"), new Previous(BilateralMeeting.from(rs), rs.getInt("days"))));
        return Batch.toManyKeyed(meetings, m -> m.dbId, rows).stream().map(p -> p.isEmpty() ? null : p.get(0)).toList();
    }
}
