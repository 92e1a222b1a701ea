package org.parley.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.parley.ingest.Text;

@Input("StatementInput")
@Description("A statement to record, or all the values of one to update. Text is trimmed and NFC-normalised.")
public record StatementInput(
        @Id @NotBlank @Description("ID of the official whose words or views these are.") String speakerId,
        @Id @Description("ID of the speaker's post at the time; one of the speaker's positions.")
        String speakerPositionId,
        @NotBlank @Size(max = 10000) @Description("The words: verbatim for a QUOTE (without quotation marks), the"
                + " source's own for a PARAPHRASE; at most 10000 characters.") String text,
        @NotNull @Description("Whether the text is a quote or a paraphrase.") StatementKind kind,
        @Id @Description("ID of the official who passed the words on, e.g. a spokesperson; not the speaker.")
        String relayedById,
        @Id @Description("ID of the relay's post at the time; one of the relay's positions.")
        String relayedByPositionId,
        @Id @Description("ID of the country the words were addressed to.") String addresseeCountryId,
        @Id @Description("ID of the organisation the words were addressed to.") String addresseeOrganizationId,
        @Id @Description("ID of the meeting the words were said at.") String meetingId,
        @Size(max = 10) @Description("The day it was said, as yyyy-MM-dd.") String saidOn,
        @Size(max = 100) @Description("The sources' words for the time when they give no date, e.g. recently; at"
                + " most 100 characters.") String dateText,
        @Id @Size(max = 100) @Description("IDs of the topics the words are about.") List<@NotNull String> topicIds,
        @Id @Size(max = 100) @Description("IDs of the articles that report the statement.")
        List<@NotNull String> articleIds) {

    public StatementInput {
        text = Text.clean(text);
        dateText = Text.clean(dateText);
        topicIds = topicIds == null ? List.of() : topicIds;
        articleIds = articleIds == null ? List.of() : articleIds;
    }
}
