package org.parley.ingest;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.article.Article;

@Type("ImportArticlePayload")
@Description("What importArticle recorded.")
public record ImportArticlePayload(
        @NonNull @Description("The article, as it is now.") Article article,
        @Description("Whether the import created or updated anything; false when the document was recorded already"
                + " exactly as it is.") boolean changed,
        @NonNull @Description("Per type of entry, in the order of the document: created, matched and updated.")
        List<@NonNull ImportCount> counts) {
}
