package org.parley.article;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.parley.country.Country;
import org.parley.graphql.Batch;
import org.parley.graphql.ChildList;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Junction;
import org.parley.graphql.JunctionList;
import org.parley.graphql.ListOrders;
import org.parley.graphql.Page;
import org.parley.graphql.Pager;
import org.parley.graphql.ParentList;
import org.parley.graphql.Where;
import org.parley.official.Official;
import org.parley.organization.Organization;
import org.parley.topic.Topic;

/** The SQL that reads articles. */
@ApplicationScoped
public class ArticleQueries {

    /** Links from an article to what it mentions. */
    private static final Junction MENTIONED_OFFICIALS = new Junction("article_official", "article_id", "official_id");
    private static final Junction MENTIONED_COUNTRIES = new Junction("article_country", "article_id", "country_id");
    private static final Junction MENTIONED_ORGANIZATIONS =
            new Junction("article_organization", "article_id", "organization_id");
    private static final Junction MENTIONED_TOPICS = new Junction("article_topic", "article_id", "topic_id");
    /** What each article mentions, by name. */
    public static final JunctionList OFFICIALS_MENTIONED = MENTIONED_OFFICIALS.to(Official.TABLE, ListOrders::byName);
    public static final JunctionList COUNTRIES_MENTIONED = MENTIONED_COUNTRIES.to(Country.TABLE, ListOrders::byName);
    public static final JunctionList ORGANIZATIONS_MENTIONED =
            MENTIONED_ORGANIZATIONS.to(Organization.TABLE, ListOrders::byName);
    public static final JunctionList TOPICS_MENTIONED = MENTIONED_TOPICS.to(Topic.TABLE, ListOrders::byName);
    /** The articles that mention each official, country, organisation or topic, newest first. */
    public static final JunctionList MENTIONING_OFFICIAL_ALL =
            MENTIONED_OFFICIALS.reversed().to(Article.TABLE, ListOrders::newestArticles);
    public static final JunctionList MENTIONING_COUNTRY_ALL =
            MENTIONED_COUNTRIES.reversed().to(Article.TABLE, ListOrders::newestArticles);
    public static final JunctionList MENTIONING_ORGANIZATION_ALL =
            MENTIONED_ORGANIZATIONS.reversed().to(Article.TABLE, ListOrders::newestArticles);
    public static final JunctionList MENTIONING_TOPIC_ALL =
            MENTIONED_TOPICS.reversed().to(Article.TABLE, ListOrders::newestArticles);
    /** The articles that mention each official, newest first, a page at a time. */
    public static final ParentList MENTIONING_OFFICIAL = MENTIONED_OFFICIALS.reversed().pages("article",
            ArticleOrder.PUBLISHED_ON_DESC);
    /** The articles that mention each country, newest first, a page at a time. */
    public static final ParentList MENTIONING_COUNTRY = MENTIONED_COUNTRIES.reversed().pages("article",
            ArticleOrder.PUBLISHED_ON_DESC);
    /** The articles that mention each organisation, newest first, a page at a time. */
    public static final ParentList MENTIONING_ORGANIZATION = MENTIONED_ORGANIZATIONS.reversed().pages("article",
            ArticleOrder.PUBLISHED_ON_DESC);

    /** The articles an organisation published, newest first. */
    public static final ChildList PUBLISHED_BY = new ChildList("article", "publisher_id", ListOrders::newestArticles);

    private final Db db;
    private final Pager pager;

    public ArticleQueries(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    public Article byId(long id) {
        return db.byId(Article.TABLE, id, Article::from);
    }

    public List<Article> byIds(long[] ids) {
        return db.byIds(Article.TABLE, ids, Article::from);
    }

    /** For each parent, the article its foreign key points at. */
    public <P> List<Article> forKeys(List<P> parents, Function<P, Long> articleId) {
        return Batch.toOne(parents, articleId, byIds(Batch.keys(parents, articleId)), a -> a.dbId);
    }

    public ArticleConnection list(ArticleFilter filter, ArticleOrder order, Integer first, String after,
            Integer last, String before) {
        return new ArticleConnection(pager.page(Article.columns("t"), "article t", where(filter),
                order == null ? ArticleOrder.PUBLISHED_ON_DESC : order, pager.slice(first, after, last, before), Article::from));
    }

    /** The conditions of {@code filter} over the article {@code t}. */
    public static Where where(ArticleFilter filter) {
        Where where = new Where();
        if (filter != null) {
            where.and(filter.author, "EXISTS (SELECT 1 FROM unnest(t.authors) au WHERE au ILIKE ?)",
                    Where.contains(filter.author));
            where.and(filter.publisherIds, "t.publisher_id = ANY(?)",
                    GlobalId.decodeAll(Organization.TYPE, filter.publisherIds));
            where.and(filter.publishedFrom, "t.published_on >= ?", filter.publishedFrom);
            where.and(filter.publishedTo, "t.published_on <= ?", filter.publishedTo);
            where.and(filter.headlineContains, "t.headline ILIKE ?", Where.contains(filter.headlineContains));
            where.and(filter.mentionsOfficialIds,
                    "EXISTS (SELECT 1 FROM article_official j WHERE j.article_id = t.id AND j.official_id = ANY(?))",
                    GlobalId.decodeAll(Official.TYPE, filter.mentionsOfficialIds));
            where.and(filter.mentionsCountryIds,
                    "EXISTS (SELECT 1 FROM article_country j WHERE j.article_id = t.id AND j.country_id = ANY(?))",
                    GlobalId.decodeAll(Country.TYPE, filter.mentionsCountryIds));
            where.and(filter.topicIds,
                    "EXISTS (SELECT 1 FROM article_topic j WHERE j.article_id = t.id AND j.topic_id = ANY(?))",
                    GlobalId.decodeAll(Topic.TYPE, filter.topicIds));
        }
        return where;
    }

    /** A page of each parent's articles in {@code list}, with cursors. */
    public <P> List<Page<Article>> pagesOf(ParentList list, List<P> parents, ToLongFunction<P> parentId,
            Integer first, String after, Integer last, String before) {
        return pager.pageOfEach(parents, parentId, Article.columns("t"), list, pager.slice(first, after, last, before),
                Article::from);
    }

    /** The text of each article. */
    public List<String> bodiesOf(List<Article> articles) {
        List<Batch.Keyed<String>> rows = db.list("SELECT a.id, " + Article.BODY.of("a") + " FROM " + Article.TABLE
                + " a WHERE a.id = ANY(?)",
                List.of(Batch.keys(articles, a -> a.dbId)), rs -> new Batch.Keyed<>(rs.getLong(1), rs.getString(2)));
        return Batch.toOne(articles, a -> a.dbId, rows, Batch.Keyed::parentId).stream()
                .map(k -> k == null ? null : k.value()).toList();
    }

    /** The articles each organisation published, newest first. */
    public List<List<Article>> publishedBy(List<Organization> publishers) {
        return PUBLISHED_BY.read(db, publishers, g -> g.dbId, Article::columns, Article::from);
    }
}
