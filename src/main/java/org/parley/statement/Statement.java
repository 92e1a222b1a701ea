package org.parley.statement;

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

@Type("Statement")
@Description("What an official said, quoted or paraphrased, as the sources report it (Popolo's Speech).")
public class Statement implements SearchResult, Node {

    public static final String TYPE = "Statement";

    /** The table rows of this type are read from, and its columns: the one place each is named. */
    public static final Table TABLE = Table.of(TYPE, "statement", "st_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<String> TEXT = TABLE.text("text", "text");
    public static final Column<StatementKind> KIND = TABLE.kind("kind", "kind", StatementKind::valueOf);
    public static final Column<LocalDate> SAID_ON = TABLE.date("said_on", "saidOn");
    public static final Column<Boolean> SAID_ON_DERIVED = TABLE.flag("said_on_derived", "saidOnDerived");
    public static final Column<String> DATE_TEXT = TABLE.text("date_text", "dateText");
    public static final Column<Long> SPEAKER_ID = TABLE.key("speaker_id");
    public static final Column<Long> SPEAKER_POSITION_ID = TABLE.optionalKey("speaker_position_id");
    public static final Column<Long> RELAYED_BY_ID = TABLE.optionalKey("relayed_by_id");
    public static final Column<Long> RELAYED_BY_POSITION_ID = TABLE.optionalKey("relayed_by_position_id");
    public static final Column<Long> ADDRESSEE_COUNTRY_ID = TABLE.optionalKey("addressee_country_id");
    public static final Column<Long> ADDRESSEE_ORGANIZATION_ID = TABLE.optionalKey("addressee_organization_id");
    public static final Column<Long> MEETING_ID = TABLE.optionalKey("meeting_id");
    public static final Column<Integer> VERSION = TABLE.version();

    @Ignore
    public final long dbId;
    @Id
    @NonNull
    @Description("Opaque, stable ID of this statement.")
    public final String id;
    @NonNull
    @Description("What was said: the quoted words, or the source's rendering of them.")
    public final String text;
    @NonNull
    @Description("Whether the text is a direct quote or a paraphrase.")
    public final StatementKind kind;
    @Description("Day it was said, when the sources give it.")
    public final LocalDate saidOn;
    @NonNull
    @Description("Whether saidOn was worked out from a report's words for the day (dateText, e.g. yesterday) and the"
            + " day it was published, rather than stated by a source or an editor.")
    public final boolean saidOnDerived;
    @Description("The words the source uses for the time when it gives no date, e.g. recently.")
    public final String dateText;
    @Ignore
    public final long speakerId;
    @Ignore
    public final Long speakerPositionId;
    @Ignore
    public final Long relayedById;
    @Ignore
    public final Long relayedByPositionId;
    @Ignore
    public final Long addresseeCountryId;
    @Ignore
    public final Long addresseeOrganizationId;
    @Ignore
    public final Long meetingId;

    @NonNull
    @Description("Goes up by one with every change; pass it as expectedVersion to update or delete this statement.")
    public final int version;

    public Statement(long dbId, String text, StatementKind kind, LocalDate saidOn, boolean saidOnDerived,
            String dateText, long speakerId, Long speakerPositionId, Long relayedById, Long relayedByPositionId, Long addresseeCountryId,
            Long addresseeOrganizationId, Long meetingId, int version) {
        this.version = version;
        this.dbId = dbId;
        this.id = GlobalId.encode(TYPE, dbId);
        this.text = text;
        this.kind = kind;
        this.saidOn = saidOn;
        this.saidOnDerived = saidOnDerived;
        this.dateText = dateText;
        this.speakerId = speakerId;
        this.speakerPositionId = speakerPositionId;
        this.relayedById = relayedById;
        this.relayedByPositionId = relayedByPositionId;
        this.addresseeCountryId = addresseeCountryId;
        this.addresseeOrganizationId = addresseeOrganizationId;
        this.meetingId = meetingId;
    }

    /** The columns {@link #from} reads, over the table aliased {@code alias}. */
    public static String columns(String alias) {
        return TABLE.select(alias);
    }

    public static Statement from(ResultSet rs) throws SQLException {
        return new Statement(ID.get(rs), TEXT.get(rs), KIND.get(rs), SAID_ON.get(rs), SAID_ON_DERIVED.get(rs),
                DATE_TEXT.get(rs),
                SPEAKER_ID.get(rs), SPEAKER_POSITION_ID.get(rs), RELAYED_BY_ID.get(rs), RELAYED_BY_POSITION_ID.get(rs),
                ADDRESSEE_COUNTRY_ID.get(rs), ADDRESSEE_ORGANIZATION_ID.get(rs), MEETING_ID.get(rs), VERSION.get(rs));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
