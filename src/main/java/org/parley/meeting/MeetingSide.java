package org.parley.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.country.Country;
import org.parley.graphql.Db;
import org.parley.model.Column;
import org.parley.model.Table;
import org.parley.organization.Organization;

@Type("MeetingSide")
@Description("One of the sides of a meeting (two for a bilateral one, more for a meeting of several parties): a"
        + " country or an organisation (exactly one of country and organization is set) and the officials who took"
        + " part for it, if the sources name them.")
public class MeetingSide {

    /** The most sides a meeting may have. */
    public static final int MAX_PER_MEETING = 30;

    /** The table sides are read from, and its columns. */
    public static final Table TABLE = Table.of("MeetingSide", "meeting_side", "s_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<Long> MEETING_ID = TABLE.key("meeting_id");
    public static final Column<Integer> NUMBER = TABLE.integer("side_no", "number");
    public static final Column<Long> COUNTRY_ID = TABLE.optionalKey("country_id");
    public static final Column<Long> ORGANIZATION_ID = TABLE.optionalKey("organization_id");

    /** The joins of {@link #columns} to meeting_side {@code s}. */
    public static final String JOINS = " LEFT JOIN country c ON c.id = s.country_id"
            + " LEFT JOIN organization g ON g.id = s.organization_id";

    @Ignore
    public final long dbId;
    @Ignore
    public final long meetingId;
    @NonNull
    @Description("Which side this is: 1, 2 and on, in the order the sources name them.")
    public final int number;
    @Description("The country this side stands for, when it is a country.")
    public final Country country;
    @Description("The organisation this side stands for, e.g. the United Nations, when it is an organisation.")
    public final Organization organization;

    public MeetingSide(long dbId, long meetingId, int number, Country country, Organization organization) {
        this.dbId = dbId;
        this.meetingId = meetingId;
        this.number = number;
        this.country = country;
        this.organization = organization;
    }

    /** The columns {@link #from} reads: meeting_side {@code s}, its country {@code c} and organisation {@code g}. */
    public static String columns() {
        return TABLE.select("s") + ", " + Country.columns("c") + ", " + Organization.columns("g");
    }

    public static MeetingSide from(ResultSet rs) throws SQLException {
        return new MeetingSide(ID.get(rs), MEETING_ID.get(rs), NUMBER.get(rs),
                Db.getLong(rs, "c_id") == null ? null : Country.from(rs),
                Db.getLong(rs, "g_id") == null ? null : Organization.from(rs));
    }
}
