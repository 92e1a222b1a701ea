package org.parley.statement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.article.Article;
import org.parley.country.Country;
import org.parley.graphql.ChildList;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Junction;
import org.parley.graphql.JunctionList;
import org.parley.graphql.ListOrders;
import org.parley.graphql.Pager;
import org.parley.graphql.Where;
import org.parley.meeting.BilateralMeeting;
import org.parley.official.Official;
import org.parley.organization.Organization;
import org.parley.topic.Topic;

/** The SQL that reads statements, their topics and the articles that report them. */
@ApplicationScoped
public class StatementQueries {

    public static final JunctionList TOPICS = new Junction("statement_topic", "statement_id", "topic_id")
            .to(Topic.TABLE, ListOrders::byName);
    public static final JunctionList ARTICLES = new Junction("statement_article", "statement_id", "article_id")
            .to(Article.TABLE, ListOrders::newestArticles);
    /** What each article that reports a statement says of its day (statement_article's own columns, V18). */
    public static final ChildList REPORTS = new ChildList("statement_article", "statement_id",
            ListOrders::byNewestArticle);

    private final Db db;
    private final Pager pager;

    public StatementQueries(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    public Statement byId(long id) {
        return db.byId(Statement.TABLE, id, Statement::from);
    }

    public List<Statement> byIds(long[] ids) {
        return db.byIds(Statement.TABLE, ids, Statement::from);
    }

    public StatementConnection list(StatementFilter filter, StatementOrder order, Integer first, String after,
            Integer last, String before) {
        return new StatementConnection(pager.page(Statement.columns("t"), "statement t", where(filter),
                order == null ? StatementOrder.SAID_ON_DESC : order, pager.slice(first, after, last, before), Statement::from));
    }

    /** The conditions of {@code filter} over a statement {@code t}, shared by every question about statements. */
    public static Where where(StatementFilter filter) {
        Where where = new Where();
        if (filter != null) {
            where.and(filter.speakerIds, "t.speaker_id = ANY(?)", GlobalId.decodeAll(Official.TYPE, filter.speakerIds));
            where.and(filter.speakerCountryIds, "EXISTS (SELECT 1 FROM official o WHERE o.id = t.speaker_id"
                    + " AND o.country_id = ANY(?))", GlobalId.decodeAll(Country.TYPE, filter.speakerCountryIds));
            where.and(filter.addresseeCountryIds, "t.addressee_country_id = ANY(?)",
                    GlobalId.decodeAll(Country.TYPE, filter.addresseeCountryIds));
            where.and(filter.addresseeOrganizationIds, "t.addressee_organization_id = ANY(?)",
                    GlobalId.decodeAll(Organization.TYPE, filter.addresseeOrganizationIds));
            where.and(filter.topicIds, "EXISTS (SELECT 1 FROM statement_topic x WHERE x.statement_id = t.id"
                    + " AND x.topic_id = ANY(?))", GlobalId.decodeAll(Topic.TYPE, filter.topicIds));
            where.and(filter.kinds, "t.kind = ANY(?)", Where.names(filter.kinds));
            where.and(filter.articleIds, "EXISTS (SELECT 1 FROM statement_article x WHERE x.statement_id = t.id"
                    + " AND x.article_id = ANY(?))", GlobalId.decodeAll(Article.TYPE, filter.articleIds));
            where.and(filter.meetingIds, "t.meeting_id = ANY(?)",
                    GlobalId.decodeAll(BilateralMeeting.TYPE, filter.meetingIds));
            where.and(filter.saidFrom, "t.said_on >= ?", filter.saidFrom);
            where.and(filter.saidTo, "t.said_on <= ?", filter.saidTo);
        }
        return where;
    }

    /** The topics of each statement, by name. */
    public List<List<Topic>> topicsOf(List<Statement> statements) {
        return TOPICS.read(db, statements, s -> s.dbId, Topic::from);
    }

    /** What each article that reports a statement says of its day, in the order of its articles. */
    public List<List<StatementReport>> reportsOf(List<Statement> statements) {
        return REPORTS.read(db, statements, s -> s.dbId, StatementReport.TABLE::select, StatementReport::from);
    }

    /** The articles that report each statement, latest first. */
    public List<List<Article>> articlesOf(List<Statement> statements) {
        return ARTICLES.read(db, statements, s -> s.dbId, Article::from);
    }
}
