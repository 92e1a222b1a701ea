package org.parley.official;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.parley.ingest.Text;

@Input("PositionInput")
@Description("A post of an official to create, or all the values of one to update. Text is trimmed and"
        + " NFC-normalised.")
public record PositionInput(
        @Id @NotBlank @Description("ID of the official who holds or held the post.") String officialId,
        @NotBlank @Size(max = 200) @Description("Title, e.g. Vice Defense Minister; at most 200 characters. Unique"
                + " with the official and the organisation.") String title,
        @Id @Description("ID of the organisation the post belongs to.") String organizationId,
        @Size(max = 10) @Description("First day in the post, as yyyy-MM-dd.") String startDate,
        @Size(max = 10) @Description("Last day in the post; not before startDate, as yyyy-MM-dd.") String endDate,
        @Id @Description("ID of the article that reported the post.") String sourceArticleId) {

    public PositionInput {
        title = Text.clean(title);
    }
}
