package org.parley.official;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Node;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("Position")
@Description("A post an official holds or held, e.g. Vice Defense Minister at the Defense Ministry (Popolo's Membership).")
public class Position implements Node {

    public static final String TYPE = "Position";

    /** The table rows of this type are read from, and its columns: the one place each is named. */
    public static final Table TABLE = Table.of(TYPE, "official_position", "p_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<String> TITLE = TABLE.text("title", "title");
    public static final Column<LocalDate> START_DATE = TABLE.date("start_date", "startDate");
    public static final Column<LocalDate> END_DATE = TABLE.date("end_date", "endDate");
    public static final Column<Long> OFFICIAL_ID = TABLE.key("official_id");
    public static final Column<Long> ORGANIZATION_ID = TABLE.optionalKey("organization_id");
    public static final Column<Integer> VERSION = TABLE.version();

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

    /** The columns {@link #from} reads, over the table aliased {@code alias}. */
    public static String columns(String alias) {
        return TABLE.select(alias);
    }

    public static Position from(ResultSet rs) throws SQLException {
        return new Position(ID.get(rs), TITLE.get(rs), START_DATE.get(rs), END_DATE.get(rs), OFFICIAL_ID.get(rs),
                ORGANIZATION_ID.get(rs), VERSION.get(rs));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
