package org.parley.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.country.Country;

@Type("MeetingSide")
@Description("One of the two sides of a bilateral meeting: a country and the officials who took part for it.")
public class MeetingSide {

    @Ignore
    public final long dbId;
    @Ignore
    public final long meetingId;
    @NonNull
    @Description("Which side this is: 1 or 2, in the order the sources name them.")
    public final int number;
    @NonNull
    @Description("The country this side stands for.")
    public final Country country;

    public MeetingSide(long dbId, long meetingId, int number, Country country) {
        this.dbId = dbId;
        this.meetingId = meetingId;
        this.number = number;
        this.country = country;
    }

    /** The columns {@link #from} reads, over meeting_side {@code s} joined with its country {@code c}. */
    public static String columns() {
        return "s.id AS s_id, s.meeting_id AS s_meeting_id, s.side_no AS s_side_no, " + Country.columns("c");
    }

    public static MeetingSide from(ResultSet rs) throws SQLException {
        return new MeetingSide(rs.getLong("s_id"), rs.getLong("s_meeting_id"), rs.getInt("s_side_no"), Country.from(rs));
    }
}
