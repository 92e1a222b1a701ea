package org.parley.forum;

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
import org.parley.graphql.SearchResult;

@Type("Forum")
@Description("A multilateral gathering, one edition of it, e.g. the Seoul Defense Dialogue (Popolo's Event).")
public class Forum implements SearchResult, Node {

    public static final String TYPE = "Forum";

    @Ignore
    public final long dbId;
    @Id
    @NonNull
    @Description("Opaque, stable ID of this forum.")
    public final String id;
    @NonNull
    @Description("Name as the sources write it, e.g. Seoul Defense Dialogue.")
    public final String name;
    @Description("What the forum is, as the sources describe it, e.g. an international security forum.")
    public final String description;
    @Description("Where it was held, e.g. Seoul, when the sources give it.")
    public final String location;
    @Description("First day, when the sources give it.")
    public final LocalDate startDate;
    @Description("Last day, when the sources give it.")
    public final LocalDate endDate;
    @Description("How many days it lasted, when the sources give only that, e.g. 3 for a three-day forum.")
    public final Integer durationDays;
    @Description("The words the source uses for the last day when it gives no date, e.g. Wednesday.")
    public final String endDateText;
    @Description("How many countries took part, as the source counts them; may exceed the participants it names.")
    public final Integer participatingCountryCount;
    @Ignore
    public final Long hostCountryId;
    @Ignore
    public final Long hostOrganizationId;

    @NonNull
    @Description("Goes up by one with every change; pass it as expectedVersion to update or delete this forum.")
    public final int version;

    public Forum(long dbId, String name, String description, String location, LocalDate startDate, LocalDate endDate,
            Integer durationDays, String endDateText, Integer participatingCountryCount, Long hostCountryId,
            Long hostOrganizationId, int version) {
        this.version = version;
        this.dbId = dbId;
        this.id = GlobalId.encode(TYPE, dbId);
        this.name = name;
        this.description = description;
        this.location = location;
        this.startDate = startDate;
        this.endDate = endDate;
        this.durationDays = durationDays;
        this.endDateText = endDateText;
        this.participatingCountryCount = participatingCountryCount;
        this.hostCountryId = hostCountryId;
        this.hostOrganizationId = hostOrganizationId;
    }

    /** The columns {@link #from} reads, over a forum table aliased {@code alias}. */
    public static String columns(String alias) {
        return alias + ".id AS f_id, " + alias + ".name AS f_name, " + alias + ".description AS f_description, "
                + alias + ".location AS f_location, " + alias + ".start_date AS f_start_date, "
                + alias + ".end_date AS f_end_date, " + alias + ".duration_days AS f_duration_days, "
                + alias + ".end_date_text AS f_end_date_text, "
                + alias + ".participating_country_count AS f_participating_country_count, "
                + alias + ".host_country_id AS f_host_country_id, " + alias + ".host_organization_id AS f_host_organization_id, "
                + alias + ".version AS f_version";
    }

    public static Forum from(ResultSet rs) throws SQLException {
        return new Forum(rs.getLong("f_id"), rs.getString("f_name"), rs.getString("f_description"),
                rs.getString("f_location"), Db.getDate(rs, "f_start_date"), Db.getDate(rs, "f_end_date"),
                Db.getInt(rs, "f_duration_days"), rs.getString("f_end_date_text"),
                Db.getInt(rs, "f_participating_country_count"), Db.getLong(rs, "f_host_country_id"),
                Db.getLong(rs, "f_host_organization_id"), rs.getInt("f_version"));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
