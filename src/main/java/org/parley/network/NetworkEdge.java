package org.parley.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.meeting.BilateralMeeting;

@Type("NetworkEdge")
@Description("Two officials or countries who met, weighted by how often.")
public class NetworkEdge {

    /** How many meeting IDs an edge lists: enough to open the latest, bounded however often two sides met. */
    static final int MEETING_IDS = 20;

    @Id
    @NonNull
    @Description("The ID of one end (the node with that id).")
    public final String source;
    @Id
    @NonNull
    @Description("The ID of the other end.")
    public final String target;
    @NonNull
    @Description("How many meetings the two had: the weight of the edge.")
    public final int weight;
    @Description("Day of their first meeting of known date; null when no date is known.")
    public final LocalDate firstHeldOn;
    @Description("Day of their last meeting of known date; null when no date is known.")
    public final LocalDate lastHeldOn;
    @Id
    @NonNull
    @Description("The IDs of their latest meetings (at most 20), latest first; meetings of unknown date last.")
    public final List<@NonNull String> meetingIds;
    @Ignore
    public final List<Long> meetingDbIds;

    NetworkEdge(String source, String target, int weight, LocalDate firstHeldOn, LocalDate lastHeldOn,
            List<Long> meetingDbIds) {
        this.source = source;
        this.target = target;
        this.weight = weight;
        this.firstHeldOn = firstHeldOn;
        this.lastHeldOn = lastHeldOn;
        this.meetingDbIds = meetingDbIds;
        this.meetingIds = meetingDbIds.stream().map(id -> GlobalId.encode(BilateralMeeting.TYPE, id)).toList();
    }

    static NetworkEdge from(ResultSet rs) throws SQLException {
        Long[] meetings = (Long[]) rs.getArray("meeting_ids").getArray();
        return new NetworkEdge(rs.getString("source"), rs.getString("target"),
                rs.getInt("weight"), Db.getDate(rs, "first_on"), Db.getDate(rs, "last_on"), Arrays.asList(meetings));
    }
}
