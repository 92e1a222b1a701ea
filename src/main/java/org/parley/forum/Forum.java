package org.parley.forum;

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
import org.parley.graphql.SearchResult;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("Forum")
@Description("A multilateral gathering, one edition of it, e.g. the Seoul Defense Dialogue (Popolo's Event).")
public class Forum implements SearchResult, Node {

    public static final String TYPE = "Forum";

    /** The table rows of this type are read from, and its columns: the one place each is named. */
    public static final Table TABLE = Table.of(TYPE, "forum", "f_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<String> NAME = TABLE.text("name", "name");
    public static final Column<String> DESCRIPTION = TABLE.text("description", "description");
    public static final Column<String> LOCATION = TABLE.text("location", "location");
    public static final Column<LocalDate> START_DATE = TABLE.date("start_date", "startDate");
    public static final Column<LocalDate> END_DATE = TABLE.date("end_date", "endDate");
    public static final Column<Integer> DURATION_DAYS = TABLE.integer("duration_days", "durationDays");
    public static final Column<String> END_DATE_TEXT = TABLE.text("end_date_text", "endDateText");
    public static final Column<String> START_DATE_TEXT = TABLE.text("start_date_text", "startDateText");
    public static final Column<Integer> EDITION = TABLE.integer("edition", "edition");
    public static final Column<Boolean> EDITION_DERIVED = TABLE.flag("edition_derived", "editionDerived");
    public static final Column<String> EDITION_TEXT = TABLE.text("edition_text", "editionText");
    public static final Column<String> ATTENDANCE_TEXT = TABLE.text("attendance_text", "attendanceText");
    public static final Column<Integer> PARTICIPATING_COUNTRY_COUNT =
            TABLE.integer("participating_country_count", "participatingCountryCount");
    public static final Column<Long> HOST_COUNTRY_ID = TABLE.optionalKey("host_country_id");
    public static final Column<Long> HOST_ORGANIZATION_ID = TABLE.optionalKey("host_organization_id");
    public static final Column<Integer> VERSION = TABLE.version();

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
    @Description("The words the source uses for the first day when it gives no date, e.g. Monday.")
    public final String startDateText;
    @Description("Which edition of the series of forums of this name this is, 1 for the first, when a source says"
            + " so or it can be derived from what one says (then editionDerived is true).")
    public final Integer edition;
    @NonNull
    @Description("Whether edition was derived from a source's words (editionText) rather than stated by it.")
    public final boolean editionDerived;
    @Description("The words the edition comes from, e.g. its second edition, or nine years after the second edition.")
    public final String editionText;
    @Description("Who attended, in the source's words, e.g. about 180 senior officials and experts.")
    public final String attendanceText;
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
            Integer durationDays, String endDateText, String startDateText, Integer edition, boolean editionDerived,
            String editionText, String attendanceText, Integer participatingCountryCount, Long hostCountryId,
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
        this.startDateText = startDateText;
        this.edition = edition;
        this.editionDerived = editionDerived;
        this.editionText = editionText;
        this.attendanceText = attendanceText;
        this.participatingCountryCount = participatingCountryCount;
        this.hostCountryId = hostCountryId;
        this.hostOrganizationId = hostOrganizationId;
    }

    /** The columns {@link #from} reads, over the table aliased {@code alias}. */
    public static String columns(String alias) {
        return TABLE.select(alias);
    }

    public static Forum from(ResultSet rs) throws SQLException {
        return new Forum(ID.get(rs), NAME.get(rs), DESCRIPTION.get(rs), LOCATION.get(rs), START_DATE.get(rs),
                END_DATE.get(rs), DURATION_DAYS.get(rs), END_DATE_TEXT.get(rs), START_DATE_TEXT.get(rs),
                EDITION.get(rs), EDITION_DERIVED.get(rs), EDITION_TEXT.get(rs), ATTENDANCE_TEXT.get(rs),
                PARTICIPATING_COUNTRY_COUNT.get(rs), HOST_COUNTRY_ID.get(rs), HOST_ORGANIZATION_ID.get(rs),
                VERSION.get(rs));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
