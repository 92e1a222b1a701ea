package org.parley.country;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Node;

@Type("Country")
@Description("A sovereign state, identified by its ISO 3166-1 alpha-2 code.")
public class Country implements Node {

    public static final String TYPE = "Country";
    /** The columns {@link #from} reads, over a country table aliased {@code alias}. */
    public static String columns(String alias) {
        return columns(alias, "c_");
    }

    /** The columns {@link #from(ResultSet, String)} reads, labelled with {@code prefix}. */
    public static String columns(String alias, String prefix) {
        return alias + ".id AS " + prefix + "id, " + alias + ".code AS " + prefix + "code, " + alias + ".name AS "
                + prefix + "name, " + alias + ".version AS " + prefix + "version";
    }

    @Ignore
    public final long dbId;
    @Id
    @NonNull
    @Description("Opaque, stable ID of this country.")
    public final String id;
    @NonNull
    @Description("ISO 3166-1 alpha-2 code, e.g. KR.")
    public final String code;
    @NonNull
    @Description("English short name, e.g. South Korea.")
    public final String name;

    @NonNull
    @Description("Goes up by one with every change; pass it as expectedVersion to update or delete this country.")
    public final int version;

    public Country(long dbId, String code, String name, int version) {
        this.version = version;
        this.dbId = dbId;
        this.id = GlobalId.encode(TYPE, dbId);
        this.code = code;
        this.name = name;
    }

    /** Reads the columns of {@link #columns}. */
    public static Country from(ResultSet rs) throws SQLException {
        return from(rs, "c_");
    }

    /** Reads the columns of {@link #columns(String, String)}. */
    public static Country from(ResultSet rs, String prefix) throws SQLException {
        return new Country(rs.getLong(prefix + "id"), rs.getString(prefix + "code").trim(), rs.getString(prefix + "name"),
                rs.getInt(prefix + "version"));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
