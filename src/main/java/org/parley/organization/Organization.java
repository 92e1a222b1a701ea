package org.parley.organization;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Node;
import org.parley.graphql.SearchResult;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("Organization")
@Description("A ministry, government body, international organisation, alliance or publisher (Popolo's Organization).")
public class Organization implements SearchResult, Node {

    public static final String TYPE = "Organization";

    /** The table rows of this type are read from, and its columns: the one place each is named. */
    public static final Table TABLE = Table.of(TYPE, "organization", "g_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<String> NAME = TABLE.text("name", "name");
    public static final Column<String> SHORT_NAME = TABLE.text("short_name", "shortName");
    public static final Column<OrganizationKind> KIND = TABLE.kind("kind", "kind", OrganizationKind::valueOf);
    public static final Column<Long> COUNTRY_ID = TABLE.optionalKey("country_id");
    public static final Column<Long> PARENT_ID = TABLE.optionalKey("parent_id");
    public static final Column<Integer> VERSION = TABLE.version();

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

    /** The columns {@link #from} reads, over the table aliased {@code alias}. */
    public static String columns(String alias) {
        return TABLE.select(alias);
    }

    public static Organization from(ResultSet rs) throws SQLException {
        return new Organization(ID.get(rs), NAME.get(rs), SHORT_NAME.get(rs), KIND.get(rs), COUNTRY_ID.get(rs),
                PARENT_ID.get(rs), VERSION.get(rs));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
