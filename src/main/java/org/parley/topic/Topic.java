package org.parley.topic;

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

@Type("Topic")
@Description("A subject that meetings discuss and statements address, e.g. collective self-defense.")
public class Topic implements SearchResult, Node {

    public static final String TYPE = "Topic";

    /** The table rows of this type are read from, and its columns: the one place each is named. */
    public static final Table TABLE = Table.of(TYPE, "topic", "tp_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<String> NAME = TABLE.text("name", "name");
    public static final Column<String> DESCRIPTION = TABLE.text("description", "description");
    public static final Column<Integer> VERSION = TABLE.version();

    @Ignore
    public final long dbId;
    @Id
    @NonNull
    @Description("Opaque, stable ID of this topic.")
    public final String id;
    @NonNull
    @Description("Name of the topic, e.g. military intelligence-sharing pact.")
    public final String name;
    @Description("What the topic is about, as the sources explain it.")
    public final String description;

    @NonNull
    @Description("Goes up by one with every change; pass it as expectedVersion to update or delete this topic.")
    public final int version;

    public Topic(long dbId, String name, String description, int version) {
        this.version = version;
        this.dbId = dbId;
        this.id = GlobalId.encode(TYPE, dbId);
        this.name = name;
        this.description = description;
    }

    /** The columns {@link #from} reads, over the table aliased {@code alias}. */
    public static String columns(String alias) {
        return TABLE.select(alias);
    }

    public static Topic from(ResultSet rs) throws SQLException {
        return new Topic(ID.get(rs), NAME.get(rs), DESCRIPTION.get(rs), VERSION.get(rs));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
