package org.parley.meeting;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.parley.ingest.Text;

@Input("MeetingInput")
@Description("A meeting to record, or all the values of one to update: two sides for a bilateral meeting, or more"
        + " (at most " + MeetingSide.MAX_PER_MEETING + "), each a different country or organisation. Text is trimmed"
        + " and NFC-normalised.")
public record MeetingInput(
        @Id @Description("ID of the forum it took place at.") String forumId,
        @Description("Whether it was held on the sidelines of that forum; false when not given.") Boolean onSidelines,
        @Description("Whether it took place: PLANNED for one announced, CANCELLED for one called off; HELD when not"
                + " given.") MeetingStatus status,
        @Size(max = 10) @Description("The day it was held, as yyyy-MM-dd.") String heldOn,
        @Size(max = 100) @Description("The sources' words for the day when they give no date, e.g. Wednesday; at"
                + " most 100 characters.") String dateText,
        @Size(max = 300) @Description("Where it was held; at most 300 characters.") String location,
        @Size(max = 5000) @Description("What happened, in a few sentences; at most 5000 characters.") String summary,
        @Size(max = 50) @Description("Remarks the sources make, one sentence each; at most 50 of at most 1000"
                + " characters each.") List<@NotNull @Size(max = 1000) String> notes,
        @NotNull @Size(min = 2, max = MeetingSide.MAX_PER_MEETING, message = "must be from 2 to "
                + MeetingSide.MAX_PER_MEETING + ": a meeting has two sides or more, each a different party")
        @Description("The sides, two or more, in the order the sources name them.")
        List<@NotNull @Valid MeetingSideInput> sides,
        @Id @Size(max = 100) @Description("IDs of the topics on the agenda: discussed, or expected when also in"
                + " expectedTopicIds.") List<@NotNull String> topicIds,
        @Id @Size(max = 100) @Description("IDs of the topics the sources expected the meeting to discuss and do not"
                + " yet report as discussed; each is on the agenda, whether topicIds names it or not.")
        List<@NotNull String> expectedTopicIds,
        @Id @Size(max = 100) @Description("IDs of the articles that report the meeting.")
        List<@NotNull String> articleIds) {

    public MeetingInput {
        dateText = Text.clean(dateText);
        location = Text.clean(location);
        summary = Text.clean(summary);
        notes = notes == null ? List.of() : Text.cleanAll(notes);
        topicIds = topicIds == null ? List.of() : topicIds;
        expectedTopicIds = expectedTopicIds == null ? List.of() : expectedTopicIds;
        articleIds = articleIds == null ? List.of() : articleIds;
    }

    @Input("MeetingSideInput")
    @Description("One side of a meeting: a country or an organisation (exactly one of countryId and"
            + " organizationId) and the officials who took part for it.")
    public record MeetingSideInput(
            @Id @Description("ID of the side's country, for a side that is a country.") String countryId,
            @Id @Description("ID of the side's organisation, for a side that is one, e.g. the United Nations.")
            String organizationId,
            @NotNull @Size(max = 50) @Description("The side's officials, when the sources name them.")
            List<@NotNull @Valid MeetingParticipantInput> participants) {
    }

    @Input("MeetingParticipantInput")
    @Description("An official who took part in a meeting, with the post they held there.")
    public record MeetingParticipantInput(
            @Id @NotBlank @Description("ID of the official.") String officialId,
            @Id @Description("ID of the post the official held there; one of the official's positions.")
            String positionId) {
    }
}
