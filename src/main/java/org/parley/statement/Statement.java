package org.parley.statement;

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

@Type("Statement")
@Description("What an official said, quoted or paraphrased, as the sources report it (Popolo's Speech).")
public class Statement implements SearchResult, Node {

    public static final String TYPE = "Statement";

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

    public Statement(long dbId, String text, StatementKind kind, LocalDate saidOn, String dateText, long speakerId,
            Long speakerPositionId, Long relayedById, Long relayedByPositionId, Long addresseeCountryId,
            Long addresseeOrganizationId, Long meetingId, int version) {
        this.version = version;
        this.dbId = dbId;
        this.id = GlobalId.encode(TYPE, dbId);
        this.text = text;
        this.kind = kind;
        this.saidOn = saidOn;
        this.dateText = dateText;
        this.speakerId = speakerId;
        this.speakerPositionId = speakerPositionId;
        this.relayedById = relayedById;
        this.relayedByPositionId = relayedByPositionId;
        this.addresseeCountryId = addresseeCountryId;
        this.addresseeOrganizationId = addresseeOrganizationId;
        this.meetingId = meetingId;
    }

    /** The columns {@link #from} reads, over a statement table aliased {@code alias}. */
    public static String columns(String alias) {
        return alias + ".id AS st_id, " + alias + ".text AS st_text, " + alias + ".kind AS st_kind, "
                + alias + ".said_on AS st_said_on, " + alias + ".date_text AS st_date_text, "
                + alias + ".speaker_id AS st_speaker_id, " + alias + ".speaker_position_id AS st_speaker_position_id, "
                + alias + ".relayed_by_id AS st_relayed_by_id, "
                + alias + ".relayed_by_position_id AS st_relayed_by_position_id, "
                + alias + ".addressee_country_id AS st_addressee_country_id, "
                + alias + ".addressee_organization_id AS st_addressee_organization_id, "
                + alias + ".meeting_id AS st_meeting_id, " + alias + ".version AS st_version";
    }

    public static Statement from(ResultSet rs) throws SQLException {
        return new Statement(rs.getLong("st_id"), rs.getString("st_text"), StatementKind.valueOf(rs.getString("st_kind")),
                Db.getDate(rs, "st_said_on"), rs.getString("st_date_text"), rs.getLong("st_speaker_id"),
                Db.getLong(rs, "st_speaker_position_id"), Db.getLong(rs, "st_relayed_by_id"),
                Db.getLong(rs, "st_relayed_by_position_id"), Db.getLong(rs, "st_addressee_country_id"),
                Db.getLong(rs, "st_addressee_organization_id"), Db.getLong(rs, "st_meeting_id"),
                rs.getInt("st_version"));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
