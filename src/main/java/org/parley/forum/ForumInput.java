package org.parley.forum;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.parley.ingest.Text;

@Input("ForumInput")
@Description("A forum (one edition) to create, or all the values of one to update. Text is trimmed and"
        + " NFC-normalised.")
public record ForumInput(
        @NotBlank @Size(max = 300) @Description("Name, e.g. Seoul Defense Dialogue; at most 300 characters. Unique"
                + " with the edition and the start date.") String name,
        @Size(max = 2000) @Description("What the forum is; at most 2000 characters.") String description,
        @Id @Description("ID of the host country.") String hostCountryId,
        @Id @Description("ID of the host organisation.") String hostOrganizationId,
        @Size(max = 300) @Description("Where it took place; at most 300 characters.") String location,
        @Size(max = 10) @Description("First day, as yyyy-MM-dd.") String startDate,
        @Size(max = 10) @Description("Last day; not before startDate, as yyyy-MM-dd.") String endDate,
        @Positive @Description("How many days it lasted, when the sources say only that.") Integer durationDays,
        @Size(max = 100) @Description("The sources' words for the last day when they give no date, e.g. Wednesday;"
                + " at most 100 characters.") String endDateText,
        @Size(max = 100) @Description("The sources' words for the first day when they give no date, e.g. Monday;"
                + " at most 100 characters.") String startDateText,
        @Positive @Description("Which edition of the series of forums of this name, 1 for the first; unique with"
                + " the name.") Integer edition,
        @Description("Whether the edition is derived from the sources' words (editionText) rather than stated;"
                + " false when not given.") Boolean editionDerived,
        @Size(max = 200) @Description("The words the edition comes from, e.g. its second edition; at most 200"
                + " characters.") String editionText,
        @Size(max = 300) @Description("Who attended, in the sources' words, e.g. about 180 senior officials and"
                + " experts; at most 300 characters.") String attendanceText,
        @PositiveOrZero @Description("How many countries took part, as the sources count them.")
        Integer participatingCountryCount,
        @Id @Size(max = 300) @Description("IDs of the countries known to have taken part.")
        List<@NotNull String> participantCountryIds,
        @Id @Size(max = 300) @Description("IDs of the organisations known to have taken part.")
        List<@NotNull String> participantOrganizationIds,
        @Size(max = 300) @Description("The ranks of the delegations participants sent, where the sources give them;"
                + " a participant named here takes part.") List<@NotNull @Valid ForumDelegationInput> delegations,
        @Size(max = 100) @Description("The sessions of the edition and their themes, in order; each theme once.")
        List<@NotNull @Valid ForumPanelInput> panels,
        @Id @Size(max = 100) @Description("IDs of the articles that report the forum.")
        List<@NotNull String> articleIds) {

    public ForumInput {
        name = Text.clean(name);
        description = Text.clean(description);
        location = Text.clean(location);
        endDateText = Text.clean(endDateText);
        startDateText = Text.clean(startDateText);
        editionText = Text.clean(editionText);
        attendanceText = Text.clean(attendanceText);
        delegations = delegations == null ? List.of() : delegations;
        panels = panels == null ? List.of() : panels;
        participantCountryIds = participantCountryIds == null ? List.of() : participantCountryIds;
        participantOrganizationIds = participantOrganizationIds == null ? List.of() : participantOrganizationIds;
        articleIds = articleIds == null ? List.of() : articleIds;
    }

    @Input("ForumDelegationInput")
    @Description("The rank of the delegation a country or an organisation (exactly one of countryId and"
            + " organizationId) sent to the forum.")
    public record ForumDelegationInput(
            @Id @Description("ID of the participating country.") String countryId,
            @Id @Description("ID of the participating organisation, when the participant is one.")
            String organizationId,
            @NotNull @Description("The rank of the delegation's head.") DelegationLevel level) {
    }

    @Input("ForumPanelInput")
    @Description("A session of a forum edition on a theme.")
    public record ForumPanelInput(
            @NotBlank @Size(max = 500) @Description("What the panel was about, e.g. non-proliferation; at most 500"
                    + " characters.") String theme,
            @Size(max = 100) @Description("The sources' words for when it was held, e.g. on the following days; at"
                    + " most 100 characters.") String dayText) {

        public ForumPanelInput {
            theme = Text.clean(theme);
            dayText = Text.clean(dayText);
        }
    }
}
