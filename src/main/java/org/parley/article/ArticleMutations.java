package org.parley.article;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Prefetcher;
import org.parley.write.DeletePayload;
import org.parley.write.WriteApi;

/** Writes articles; every mutation needs the editor role. */
@GraphQLApi
@ApiErrors
@WriteApi
@RolesAllowed("editor")
public class ArticleMutations {

    /** Reads what the client selected below the object written, as a query's answer is read. */
    @Inject
    Prefetcher prefetcher;

    private final ArticleService service;
    private final ArticleQueries articles;

    public ArticleMutations(ArticleService service, ArticleQueries articles) {
        this.service = service;
        this.articles = articles;
    }

    @Mutation("createArticle")
    @Description("Records an article and what it mentions; importArticle records one with everything it reports. "
            + "Needs the editor role.")
    public @NonNull ArticlePayload createArticle(@NonNull @Description("The new article.") ArticleInput input) {
        return payload(service.create(input));
    }

    @Mutation("updateArticle")
    @Description("Changes an article to the values given; its mentions become those given. Needs the editor role.")
    public @NonNull ArticlePayload updateArticle(@Id @NonNull @Description("ID of the article.") String id,
            @Description("The version of the article that the change is based on.") int expectedVersion,
            @NonNull @Description("All the values of the article.") ArticleInput input) {
        return payload(service.update(id, expectedVersion, input));
    }

    @Mutation("deleteArticle")
    @Description("Deletes an article, with its mentions, when nothing cites it. With cascade, first unlinks it "
            + "from the meetings, forums and statements it reports and clears it as the source of positions "
            + "(they all stay). Needs the editor role.")
    public @NonNull DeletePayload deleteArticle(@Id @NonNull @Description("ID of the article.") String id,
            @Description("The version of the article that the deletion is based on.") int expectedVersion,
            @DefaultValue("false") @Description("Whether to deal with what refers to the article too.")
            boolean cascade) {
        return service.delete(id, expectedVersion, cascade);
    }

    private ArticlePayload payload(long id) {
        return new ArticlePayload(prefetcher.below("article", articles.byId(id)));
    }
}
