package org.parley.ingest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.article.ArticleQueries;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Prefetcher;
import org.parley.ingest.ImportResult.Counts;
import org.parley.write.WriteApi;

/** Records a whole article with everything it reports, in one call; needs the editor role. */
@GraphQLApi
@ApiErrors
@WriteApi
@RolesAllowed("editor")
public class ArticleImportMutations {

    /** Reads what the client selected below the object written, as a query's answer is read. */
    @Inject
    Prefetcher prefetcher;

    private final ArticleImportService service;
    private final ArticleQueries articles;

    public ArticleImportMutations(ArticleImportService service, ArticleQueries articles) {
        this.service = service;
        this.articles = articles;
    }

    @Mutation("importArticle")
    @Description("Records an article with its authors and publisher, the officials with their posts, the countries,"
            + " organisations, forums, meetings, statements and topics it reports, in one transaction: all or"
            + " nothing. What exists is matched by natural key, not duplicated; importing the same document again"
            + " changes nothing and says so (changed: false), a corrected document updates what it corrects."
            + " Needs the editor role.")
    public @NonNull ImportArticlePayload importArticle(
            @NonNull @Description("The article and everything it reports.") ArticleImport document) {
        ArticleImportService.Imported imported = service.importArticle(document);
        ImportResult result = imported.result();
        List<ImportCount> counts = Stream.of(ImportResult.Kind.values()).map(kind -> {
            Counts c = result.of(kind);
            return new ImportCount(kind.plural, c.created(), c.matched(), c.updated());
        }).toList();
        Counts total = result.total();
        return new ImportArticlePayload(prefetcher.below("article", articles.byId(imported.articleId())), total.created() + total.updated() > 0,
                counts);
    }
}
