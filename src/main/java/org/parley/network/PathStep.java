package org.parley.network;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Db;

@Type("PathStep")
@Description("One hop of a chain of meetings: from one official or country to the next, through a meeting.")
public class PathStep {

    @NonNull
    @Description("Which hop this is, from 1.")
    public final int hop;
    @Ignore
    public final Long fromOfficialId;
    @Ignore
    public final Long toOfficialId;
    @Ignore
    public final Long fromCountryId;
    @Ignore
    public final Long toCountryId;
    @Ignore
    public final long meetingId;

    PathStep(int hop, Long fromOfficialId, Long toOfficialId, Long fromCountryId, Long toCountryId, long meetingId) {
        this.hop = hop;
        this.fromOfficialId = fromOfficialId;
        this.toOfficialId = toOfficialId;
        this.fromCountryId = fromCountryId;
        this.toCountryId = toCountryId;
        this.meetingId = meetingId;
    }

    static PathStep from(ResultSet rs) throws SQLException {
        return new PathStep(rs.getInt("hop"), Db.getLong(rs, "from_official"), Db.getLong(rs, "to_official"),
                Db.getLong(rs, "from_country"), Db.getLong(rs, "to_country"), rs.getLong("meeting_id"));
    }
}
