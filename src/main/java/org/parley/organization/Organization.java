package org.parley.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Node;
import org.parley.graphql.SearchResult;

@Type("Organization")
@Description("A ministry, government body, international organisation, alliance or publisher (Popolo's Organization).")
public class Organization implements SearchResult, Node {

    public static final String TYPE = "Organization";

    @Ignore
    public final long dbId;
    @Id
    @NonNull
    @Description("Opaque, stable ID of this organisation.")
    public final String id;
    @NonNull
    @Description("Name as the sources write it, e.g. Defense Ministry or North Atlantic Treaty Organization.")
    public final String name;
    @Description("Short name or acronym, e.g. NATO.")
    public final String shortName;
    @NonNull
    @Description("What kind of body it is.")
    public final OrganizationKind kind;
    @Ignore
    public final Long countryId;
    @Ignore
    public final Long parentId;

    @NonNull
    @Description("Goes up by one with every change; pass it as expectedVersion to update or delete this organisation.")
    public final int version;

    public Organization(long dbId, String name, String shortName, OrganizationKind kind, Long countryId,
            Long parentId, int version) {
        this.version = version;
        this.dbId = dbId;
        this.id = GlobalId.encode(TYPE, dbId);
        this.name = name;
        this.shortName = shortName;
        this.kind = kind;
        this.countryId = countryId;
        this.parentId = parentId;
    }

    /** The columns {@link #from} reads, over an organization table aliased {@code alias}. */
    public static String columns(String alias) {
        return alias + ".id AS g_id, " + alias + ".name AS g_name, " + alias + ".short_name AS g_short_name, "
                + alias + ".kind AS g_kind, " + alias + ".country_id AS g_country_id, " + alias + ".parent_id AS g_parent_id, "
                + alias + ".version AS g_version";
    }

    public static Organization from(ResultSet rs) throws SQLException {
        return new Organization(rs.getLong("g_id"), rs.getString("g_name"), rs.getString("g_short_name"),
                OrganizationKind.valueOf(rs.getString("g_kind")), Db.getLong(rs, "g_country_id"),
                Db.getLong(rs, "g_parent_id"), rs.getInt("g_version"));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
