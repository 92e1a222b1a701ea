package org.parley.official;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.country.Country;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Joined;
import org.parley.graphql.Node;
import org.parley.graphql.SearchResult;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("Official")
@Description("A person who speaks or meets for a country or an organisation (Popolo's Person).")
public class Official implements SearchResult, Joined, Node {

    public static final String TYPE = "Official";

    /** The table rows of this type are read from, and its columns: the one place each is named. */
    public static final Table TABLE = Table.of(TYPE, "official", "o_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<String> NAME = TABLE.text("name", "name");
    public static final Column<List<String>> OTHER_NAMES = TABLE.texts("other_names", "otherNames");
    public static final Column<Long> COUNTRY_ID = TABLE.optionalKey("country_id");
    public static final Column<Integer> VERSION = TABLE.version();

    @Ignore
    public final long dbId;
    @Id
    @NonNull
    @Description("Opaque, stable ID of this official.")
    public final String id;
    @NonNull
    @Description("Name as the sources write it, e.g. Baek Seung-joo.")
    public final String name;
    @NonNull
    @Description("Other names and spellings: other scripts, romanisations, former names.")
    public final List<@NonNull String> otherNames;
    @Ignore
    public final Long countryId;
    /** The country, when the query that read this official joined it. */
    @Ignore
    private Object joinedCountry = Joined.NOT_JOINED;

    @NonNull
    @Description("Goes up by one with every change; pass it as expectedVersion to update or delete this official.")
    public final int version;

    public Official(long dbId, String name, List<String> otherNames, Long countryId, int version) {
        this.version = version;
        this.dbId = dbId;
        this.id = GlobalId.encode(TYPE, dbId);
        this.name = name;
        this.otherNames = otherNames;
        this.countryId = countryId;
    }

    /** The columns {@link #from} reads, over an official table aliased {@code alias}. */
    public static String columns(String alias) {
        return TABLE.select(alias);
    }

    public static Official from(ResultSet rs) throws SQLException {
        return new Official(ID.get(rs), NAME.get(rs), OTHER_NAMES.get(rs), COUNTRY_ID.get(rs), VERSION.get(rs));
    }

    /** Keeps the country that the query joined in (null when the official has none). */
    public Official withCountry(Country country) {
        joinedCountry = country;
        return this;
    }

    @Override
    public Object joined(String field) {
        return field.equals("country") ? joinedCountry : Joined.NOT_JOINED;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
