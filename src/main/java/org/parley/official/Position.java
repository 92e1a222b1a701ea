package org.parley.official;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Node;

@Type("Position")
@Description("A post an official holds or held, e.g. Vice Defense Minister at the Defense Ministry (Popolo's Membership).")
public class Position implements Node {

    public static final String TYPE = "Position";

    @Ignore
    public final long dbId;
    @Id
    @NonNull
    @Description("Opaque, stable ID of this position.")
    public final String id;
    @NonNull
    @Description("Title of the post, e.g. Vice Defense Minister or Spokesperson.")
    public final String title;
    @Description("First day in the post, when the sources give it.")
    public final LocalDate startDate;
    @Description("Last day in the post, when the sources give it; null while held or when unknown.")
    public final LocalDate endDate;
    @Ignore
    public final long officialId;
    @Ignore
    public final Long organizationId;

    @NonNull
    @Description("Goes up by one with every change; pass it as expectedVersion to update or delete this position.")
    public final int version;

    public Position(long dbId, String title, LocalDate startDate, LocalDate endDate, long officialId,
            Long organizationId, int version) {
        this.version = version;
        this.dbId = dbId;
        this.id = GlobalId.encode(TYPE, dbId);
        this.title = title;
        this.startDate = startDate;
        this.endDate = endDate;
        this.officialId = officialId;
        this.organizationId = organizationId;
    }

    /** The columns {@link #from} reads, over a position table aliased {@code alias}. */
    public static String columns(String alias) {
        return alias + ".id AS p_id, " + alias + ".title AS p_title, " + alias + ".start_date AS p_start_date, "
                + alias + ".end_date AS p_end_date, " + alias + ".official_id AS p_official_id, "
                + alias + ".organization_id AS p_organization_id, " + alias + ".version AS p_version";
    }

    public static Position from(ResultSet rs) throws SQLException {
        return new Position(rs.getLong("p_id"), rs.getString("p_title"), Db.getDate(rs, "p_start_date"),
                Db.getDate(rs, "p_end_date"), rs.getLong("p_official_id"), Db.getLong(rs, "p_organization_id"),
                rs.getInt("p_version"));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
