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
import org.parley.model.Column;
import org.parley.model.Table;

@Type("Country")
@Description("A sovereign state, identified by its ISO 3166-1 alpha-2 code.")
public class Country implements Node {

    public static final String TYPE = "Country";

    /** The table rows of this type are read from, and its columns: the one place each is named. */
    public static final Table TABLE = Table.of(TYPE, "country", "c_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<String> CODE = TABLE.fixedText("code", "code");
    public static final Column<String> NAME = TABLE.text("name", "name");
    public static final Column<Integer> VERSION = TABLE.version();

    /** The columns {@link #from} reads, over a country table aliased {@code alias}. */
    public static String columns(String alias) {
        return TABLE.select(alias);
    }

    /** The columns {@link #from(ResultSet, String)} reads, labelled with {@code prefix}. */
    public static String columns(String alias, String prefix) {
        return TABLE.select(alias, prefix);
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
        return new Country(ID.get(rs, prefix), CODE.get(rs, prefix), NAME.get(rs, prefix), VERSION.get(rs, prefix));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
