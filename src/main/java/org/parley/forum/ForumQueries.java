package org.parley.forum;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import org.parley.article.Article;
import org.parley.country.Country;
import org.parley.graphql.Batch;
import org.parley.graphql.ChildList;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Junction;
import org.parley.graphql.JunctionList;
import org.parley.graphql.ListOrders;
import org.parley.graphql.Pager;
import org.parley.graphql.Where;
import org.parley.organization.Organization;

/** The SQL that reads forums, their participants and the forums of countries and organisations. */
@ApplicationScoped
public class ForumQueries {

    /** Latest first, as in the default order of the list. */
    public static final JunctionList ATTENDED_BY_COUNTRY = new Junction("forum_participant", "country_id", "forum_id")
            .to(Forum.TABLE, ListOrders::latestStarted);
    public static final JunctionList ATTENDED_BY_ORGANIZATION =
            new Junction("forum_participant", "organization_id", "forum_id").to(Forum.TABLE, ListOrders::latestStarted);
    private static final Junction REPORTING = new Junction("forum_article", "forum_id", "article_id");
    public static final JunctionList REPORTED_BY = REPORTING.to(Article.TABLE, ListOrders::newestArticles);
    public static final JunctionList REPORTS = REPORTING.reversed().to(Forum.TABLE, ListOrders::latestStarted);
    /** A forum's participants: countries by name, then organisations by name. */
    public static final ChildList PARTICIPANTS = new ChildList("forum_participant", "forum_id",
            ForumParticipant::order);
    /** The articles that name a participant of a forum (a view over forum_participant_source, V14). */
    public static final JunctionList PARTICIPANT_REPORTED_BY = new Junction("forum_participant_article",
            "participant_id", "article_id").to(Article.TABLE, ListOrders::newestArticles);
    /** What each article that names a participant says of it (a view over forum_participant_source, V17). */
    public static final ChildList PARTICIPANT_REPORTS = new ChildList("forum_participant_report", "participant_id",
            ListOrders::byNewestArticle);
    /** A forum's panels, in the sources' order. */
    public static final ChildList PANELS = new ChildList("forum_panel", "forum_id", ForumPanel::order);
    /** The forums a country hosted, latest first. */
    public static final ChildList HOSTED_BY_COUNTRY = new ChildList("forum", "host_country_id",
            ListOrders::latestStarted);
    /** The forums an organisation hosted, latest first. */
    public static final ChildList HOSTED_BY_ORGANIZATION = new ChildList("forum", "host_organization_id",
            ListOrders::latestStarted);

    private final Db db;
    private final Pager pager;

    public ForumQueries(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    public Forum byId(long id) {
        return db.byId(Forum.TABLE, id, Forum::from);
    }

    public List<Forum> byIds(long[] ids) {
        return db.byIds(Forum.TABLE, ids, Forum::from);
    }

    /** For each parent, the forum its foreign key points at. */
    public <P> List<Forum> forKeys(List<P> parents, Function<P, Long> forumId) {
        List<Forum> forums = db.byIds(Forum.TABLE, Batch.keys(parents, forumId), Forum::from);
        return Batch.toOne(parents, forumId, forums, f -> f.dbId);
    }

    public ForumConnection list(ForumFilter filter, ForumOrder order, Integer first, String after,
            Integer last, String before) {
        return new ForumConnection(pager.page(Forum.columns("t"), "forum t", where(filter),
                order == null ? ForumOrder.START_DATE_DESC : order, pager.slice(first, after, last, before), Forum::from));
    }

    /** The conditions of {@code filter} over the forum {@code t}. */
    public static Where where(ForumFilter filter) {
        Where where = new Where();
        if (filter != null) {
            where.and(filter.hostCountryIds, "t.host_country_id = ANY(?)",
                    GlobalId.decodeAll(Country.TYPE, filter.hostCountryIds));
            where.and(filter.hostOrganizationIds, "t.host_organization_id = ANY(?)",
                    GlobalId.decodeAll(Organization.TYPE, filter.hostOrganizationIds));
            where.and(filter.participantCountryIds,
                    "EXISTS (SELECT 1 FROM forum_participant fp WHERE fp.forum_id = t.id AND fp.country_id = ANY(?))",
                    GlobalId.decodeAll(Country.TYPE, filter.participantCountryIds));
            where.and(filter.startsFrom, "t.start_date >= ?", filter.startsFrom);
            where.and(filter.startsTo, "t.start_date <= ?", filter.startsTo);
            where.and(filter.nameContains, "t.name ILIKE ?", Where.contains(filter.nameContains));
        }
        return where;
    }

    /** The participants of each forum: countries by name, then organisations by name. */
    public List<List<ForumParticipant>> participantsOf(List<Forum> forums) {
        return PARTICIPANTS.read(db, forums, f -> f.dbId, "fp", ForumParticipant.columns(),
                " LEFT JOIN country c ON c.id = fp.country_id LEFT JOIN organization g ON g.id = fp.organization_id",
                ForumParticipant::from);
    }

    /** The articles that name each participant of a forum, latest first. */
    public List<List<Article>> participantReportedBy(List<ForumParticipant> participants) {
        return PARTICIPANT_REPORTED_BY.read(db, participants, p -> p.dbId, Article::from);
    }

    /** What each article that names a participant of a forum says of it, in the order of its reportedBy. */
    public List<List<ForumParticipantReport>> participantReportsOf(List<ForumParticipant> participants) {
        return PARTICIPANT_REPORTS.read(db, participants, p -> p.dbId, ForumParticipantReport.TABLE::select,
                ForumParticipantReport::from);
    }

    /** The panels of each forum, in the sources' order. */
    public List<List<ForumPanel>> panelsOf(List<Forum> forums) {
        return PANELS.read(db, forums, f -> f.dbId, ForumPanel.TABLE::select, ForumPanel::from);
    }

    /** The articles that report each forum, latest first. */
    public List<List<Article>> reportedBy(List<Forum> forums) {
        return REPORTED_BY.read(db, forums, f -> f.dbId, Article::from);
    }

    /** The forums each country hosted, latest first. */
    public List<List<Forum>> hostedByCountries(List<Country> countries) {
        return HOSTED_BY_COUNTRY.read(db, countries, c -> c.dbId, Forum::columns, Forum::from);
    }

    /** The forums each organisation hosted, latest first. */
    public List<List<Forum>> hostedByOrganizations(List<Organization> organizations) {
        return HOSTED_BY_ORGANIZATION.read(db, organizations, g -> g.dbId, Forum::columns, Forum::from);
    }

    /** The forums each country took part in, latest first. */
    public List<List<Forum>> attendedByCountries(List<Country> countries) {
        return ATTENDED_BY_COUNTRY.read(db, countries, c -> c.dbId, Forum::from);
    }

    /** The forums each organisation took part in, latest first. */
    public List<List<Forum>> attendedByOrganizations(List<Organization> organizations) {
        return ATTENDED_BY_ORGANIZATION.read(db, organizations, g -> g.dbId, Forum::from);
    }

    /** The forums each article reports, latest first. */
    public List<List<Forum>> reportedIn(List<Article> articles) {
        return REPORTS.read(db, articles, a -> a.dbId, Forum::from);
    }
}
