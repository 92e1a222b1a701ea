package org.parley.forum;

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
                + " with the start date.") String name,
        @Size(max = 2000) @Description("What the forum is; at most 2000 characters.") String description,
        @Id @Description("ID of the host country.") String hostCountryId,
        @Id @Description("ID of the host organisation.") String hostOrganizationId,
        @Size(max = 300) @Description("Where it took place; at most 300 characters.") String location,
        @Size(max = 10) @Description("First day, as yyyy-MM-dd.") String startDate,
        @Size(max = 10) @Description("Last day; not before startDate, as yyyy-MM-dd.") String endDate,
        @Positive @Description("How many days it lasted, when the sources say only that.") Integer durationDays,
        @Size(max = 100) @Description("The sources' words for the last day when they give no date, e.g. Wednesday;"
                + " at most 100 characters.") String endDateText,
        @PositiveOrZero @Description("How many countries took part, as the sources count them.")
        Integer participatingCountryCount,
        @Id @Size(max = 300) @Description("IDs of the countries known to have taken part.")
        List<@NotNull String> participantCountryIds,
        @Id @Size(max = 300) @Description("IDs of the organisations known to have taken part.")
        List<@NotNull String> participantOrganizationIds,
        @Id @Size(max = 100) @Description("IDs of the articles that report the forum.")
        List<@NotNull String> articleIds) {

    public ForumInput {
        name = Text.clean(name);
        description = Text.clean(description);
        location = Text.clean(location);
        endDateText = Text.clean(endDateText);
        participantCountryIds = participantCountryIds == null ? List.of() : participantCountryIds;
        participantOrganizationIds = participantOrganizationIds == null ? List.of() : participantOrganizationIds;
        articleIds = articleIds == null ? List.of() : articleIds;
    }
}
