package org.parley.article;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.country.Country;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Db;
import org.parley.graphql.Page;
import org.parley.graphql.Paging;
import org.parley.official.Official;
import org.parley.organization.Organization;
import org.parley.topic.Topic;
import org.parley.topic.TopicQueries;

/** What an article mentions, and in which articles a thing is mentioned: both directions of the mention links. */
@GraphQLApi
@ApiErrors
public class MentionGraphQL {

    private final Db db;
    private final ArticleQueries articles;
    private final TopicQueries topics;

    public MentionGraphQL(Db db, ArticleQueries articles, TopicQueries topics) {
        this.db = db;
        this.articles = articles;
        this.topics = topics;
    }

    @Name("mentionedOfficials")
    @Description("The officials the article mentions, by name.")
    public List<@NonNull List<@NonNull Official>> mentionedOfficials(@Source List<Article> parents) {
        return ArticleQueries.OFFICIALS_MENTIONED.read(db, parents, a -> a.dbId, Official::from);
    }

    @Name("mentionedCountries")
    @Description("The countries the article mentions, by name.")
    public List<@NonNull List<@NonNull Country>> mentionedCountries(@Source List<Article> parents) {
        return ArticleQueries.COUNTRIES_MENTIONED.read(db, parents, a -> a.dbId, Country::from);
    }

    @Name("mentionedOrganizations")
    @Description("The organisations the article mentions, by name.")
    public List<@NonNull List<@NonNull Organization>> mentionedOrganizations(@Source List<Article> parents) {
        return ArticleQueries.ORGANIZATIONS_MENTIONED.read(db, parents, a -> a.dbId, Organization::from);
    }

    @Name("topics")
    @Description("The topics the article is about, by name.")
    public List<@NonNull List<@NonNull Topic>> articleTopics(@Source List<Article> parents) {
        return ArticleQueries.TOPICS_MENTIONED.read(db, parents, a -> a.dbId, Topic::from);
    }

    @Name("mentionedIn")
    @Description("The articles that mention this official, newest first.")
    public List<@NonNull List<@NonNull Article>> officialMentionedIn(@Source List<Official> parents) {
        return ArticleQueries.MENTIONING_OFFICIAL_ALL.read(db, parents, o -> o.dbId, Article::from);
    }

    @Name("mentionedIn")
    @Description("The articles that mention this country, newest first.")
    public List<@NonNull List<@NonNull Article>> countryMentionedIn(@Source List<Country> parents) {
        return ArticleQueries.MENTIONING_COUNTRY_ALL.read(db, parents, c -> c.dbId, Article::from);
    }

    @Name("mentionedIn")
    @Description("The articles that mention this organisation, newest first.")
    public List<@NonNull List<@NonNull Article>> organizationMentionedIn(@Source List<Organization> parents) {
        return ArticleQueries.MENTIONING_ORGANIZATION_ALL.read(db, parents, g -> g.dbId, Article::from);
    }

    @Name("mentionedInConnection")
    @Description("The articles that mention this official, a page at a time with cursors (first/after or"
            + " last/before), newest first; totalCount counts them all.")
    public List<@NonNull ArticleConnection> officialMentionedInConnection(@Source List<Official> parents,
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return connections(articles.pagesOf(ArticleQueries.MENTIONING_OFFICIAL, parents, o -> o.dbId, first, after,
                last, before));
    }

    @Name("mentionedInConnection")
    @Description("The articles that mention this country, a page at a time with cursors (first/after or"
            + " last/before), newest first; totalCount counts them all.")
    public List<@NonNull ArticleConnection> countryMentionedInConnection(@Source List<Country> parents,
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return connections(articles.pagesOf(ArticleQueries.MENTIONING_COUNTRY, parents, c -> c.dbId, first, after,
                last, before));
    }

    @Name("mentionedInConnection")
    @Description("The articles that mention this organisation, a page at a time with cursors (first/after or"
            + " last/before), newest first; totalCount counts them all.")
    public List<@NonNull ArticleConnection> organizationMentionedInConnection(@Source List<Organization> parents,
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return connections(articles.pagesOf(ArticleQueries.MENTIONING_ORGANIZATION, parents, g -> g.dbId, first,
                after, last, before));
    }

    private static List<ArticleConnection> connections(List<Page<Article>> pages) {
        return pages.stream().map(ArticleConnection::new).toList();
    }

    @Name("articles")
    @Description("The articles about this topic, newest first.")
    public List<@NonNull List<@NonNull Article>> topicArticles(@Source List<Topic> parents) {
        return ArticleQueries.MENTIONING_TOPIC_ALL.read(db, parents, t -> t.dbId, Article::from);
    }

}
