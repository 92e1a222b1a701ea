package org.parley.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.country.Country;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("MeetingSide")
@Description("One of the two sides of a bilateral meeting: a country and the officials who took part for it.")
public class MeetingSide {

    /** The table sides are read from, and its columns. */
    public static final Table TABLE = Table.of("MeetingSide", "meeting_side", "s_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<Long> MEETING_ID = TABLE.key("meeting_id");
    public static final Column<Integer> NUMBER = TABLE.integer("side_no", "number");
    public static final Column<Long> COUNTRY_ID = TABLE.key("country_id");

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
        return TABLE.select("s") + ", " + Country.columns("c");
    }

    public static MeetingSide from(ResultSet rs) throws SQLException {
        return new MeetingSide(ID.get(rs), MEETING_ID.get(rs), NUMBER.get(rs), Country.from(rs));
    }
}
