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
import org.parley.official.Official;
import org.parley.official.Position;

@Type("MeetingParticipant")
@Description("An official who took part in a meeting, with the post held at the time and the side's country.")
public class MeetingParticipant {

    /** The table participations are read from, and its columns. */
    public static final Table TABLE = Table.of("MeetingParticipant", "meeting_participant", "mp_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<Long> MEETING_ID = TABLE.key("meeting_id");
    public static final Column<Long> SIDE_ID = TABLE.key("side_id");
    public static final Column<Long> OFFICIAL_ID = TABLE.key("official_id");
    public static final Column<Long> POSITION_ID = TABLE.optionalKey("position_id");

    @Ignore
    public final long dbId;
    @Ignore
    public final long meetingId;
    @Ignore
    public final long sideId;
    @NonNull
    @Description("The official who took part.")
    public final Official official;
    @Description("The post the official held at the time of the meeting, when known.")
    public final Position position;
    @Description("The country of the side the official took part for; none when that side is an organisation.")
    public final Country country;

    public MeetingParticipant(long dbId, long meetingId, long sideId, Official official, Position position,
            Country country) {
        this.dbId = dbId;
        this.meetingId = meetingId;
        this.sideId = sideId;
        this.official = official;
        this.position = position;
        this.country = country;
    }

    /**
     * The columns {@link #from} reads, over meeting_participant {@code mp} and the {@link #JOINS}: the participant with
     * its official (and the official's country), position and the country of its side, so that the whole participant
     * costs one statement.
     */
    static final String COLUMNS = TABLE.select("mp") + ", " + Official.columns("o") + ", "
            + Country.columns("oc", "oc_") + ", " + Position.columns("p") + ", " + Country.columns("c");
    /** What a participant row of meeting_participant {@code mp} is read with: its official, post and side. */
    static final String JOINS = ""
            // LATERAL ... LIMIT 1 makes each lookup an index probe per participant: as plain joins, PostgreSQL
            // misjudges how many rows "meeting_id = ANY(?)" gives and hashes the whole official, position and
            // side tables instead (5 ms instead of 1 ms for the 150 participants of 50 meetings).
            + " CROSS JOIN LATERAL (SELECT * FROM official o WHERE o.id = mp.official_id LIMIT 1) o"
            + " LEFT JOIN LATERAL (SELECT * FROM country oc WHERE oc.id = o.country_id LIMIT 1) oc ON true"
            + " LEFT JOIN LATERAL (SELECT * FROM official_position p WHERE p.id = mp.position_id LIMIT 1) p ON true"
            + " CROSS JOIN LATERAL (SELECT s.country_id FROM meeting_side s WHERE s.id = mp.side_id LIMIT 1) s"
            + " LEFT JOIN LATERAL (SELECT * FROM country c WHERE c.id = s.country_id LIMIT 1) c ON true";

    public static MeetingParticipant from(ResultSet rs) throws SQLException {
        return new MeetingParticipant(ID.get(rs), MEETING_ID.get(rs), SIDE_ID.get(rs), official(rs),
                Db.getLong(rs, "p_id") == null ? null : Position.from(rs),
                Db.getLong(rs, "c_id") == null ? null : Country.from(rs));
    }

    /** The participant's official with the official's own country joined in. */
    private static Official official(ResultSet rs) throws SQLException {
        Official official = Official.from(rs);
        return official.withCountry(official.countryId == null ? null : Country.from(rs, "oc_"));
    }
}
