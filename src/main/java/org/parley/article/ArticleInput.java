package org.parley.article;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.hibernate.validator.constraints.URL;
import org.parley.ingest.Text;

@Input("ArticleInput")
@Description("An article to create, or all the values of one to update. Text is trimmed and NFC-normalised.")
public record ArticleInput(
        @Size(max = 2000) @URL @Pattern(regexp = "^https?://.*", message = "must be an http or https URL")
        @Description("Where it is published, an http(s) URL of at most 2000 characters. Unique; without one, the"
                + " headline is.") String url,
        @NotBlank @Size(max = 500) @Description("The headline; at most 500 characters.") String headline,
        @Size(max = 50) @Description("The authors' names as the byline gives them; at most 50 of at most 200"
                + " characters each.") List<@NotNull @Size(max = 200) String> authors,
        @Id @Description("ID of the organisation that published it.") String publisherId,
        @Size(max = 10) @Description("The day of publication, as yyyy-MM-dd.") String publishedOn,
        @NotBlank @Size(max = 200000) @Description("The text, paragraphs separated by blank lines; at most 200000"
                + " characters.") String body,
        @Id @Size(max = 500) @Description("IDs of the officials it mentions.") List<@NotNull String> officialIds,
        @Id @Size(max = 500) @Description("IDs of the countries it mentions.") List<@NotNull String> countryIds,
        @Id @Size(max = 500) @Description("IDs of the organisations it mentions.")
        List<@NotNull String> organizationIds,
        @Id @Size(max = 500) @Description("IDs of the topics it is about.") List<@NotNull String> topicIds) {

    public ArticleInput {
        url = Text.clean(url);
        headline = Text.clean(headline);
        authors = authors == null ? List.of() : Text.cleanAll(authors);
        body = Text.clean(body);
        officialIds = officialIds == null ? List.of() : officialIds;
        countryIds = countryIds == null ? List.of() : countryIds;
        organizationIds = organizationIds == null ? List.of() : organizationIds;
        topicIds = topicIds == null ? List.of() : topicIds;
    }
}
