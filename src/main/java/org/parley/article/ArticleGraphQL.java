package org.parley.article;

import jakarta.inject.Inject;
import java.util.List;
import org.parley.graphql.ApiErrors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Prefetcher;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationQueries;

/** Articles, their publisher and the articles an organisation published. */
@GraphQLApi
@ApiErrors
public class ArticleGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final ArticleQueries articles;
    private final OrganizationQueries organizations;

    public ArticleGraphQL(ArticleQueries articles, OrganizationQueries organizations) {
        this.articles = articles;
        this.organizations = organizations;
    }

    @Query("article")
    @Description("The article with this ID, or null if there is none.")
    public Article article(@Id @NonNull @Description("ID of the article.") String id) {
        return prefetcher.one(articles.byId(GlobalId.decode(Article.TYPE, id)));
    }

    @Query("articles")
    @Description("Articles, a page at a time, newest first unless ordered otherwise.")
    public @NonNull ArticleConnection articles(
            @Description("Conditions the articles must meet.") ArticleFilter filter,
            @Description("Order of the list.") @DefaultValue("PUBLISHED_ON_DESC") ArticleOrder orderBy,
            @Description("How many articles to return (at most the server's maximum page size).") Integer first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("How many articles to return from the end, or before `before` (at most the server's maximum page"
                    + " size); instead of first.") Integer last,
            @Description("Cursor before which the page ends (pageInfo.startCursor of the page after it); with last.")
            String before) {
        return prefetcher.connection(articles.list(filter, orderBy, first, after, last, before));
    }

    @Name("body")
    @Description("The text of the article (read only when asked for: it is long).")
    public List<@NonNull String> body(@Source List<Article> parents) {
        return articles.bodiesOf(parents);
    }

    @Name("publisher")
    @Description("The organisation that published the article; null when the source does not say.")
    public List<Organization> publisher(@Source List<Article> parents) {
        return organizations.forKeys(parents, a -> a.publisherId);
    }

    @Name("articlesPublished")
    @Description("The articles this organisation published, newest first.")
    public List<@NonNull List<@NonNull Article>> articlesPublished(@Source List<Organization> parents) {
        return articles.publishedBy(parents);
    }
}
