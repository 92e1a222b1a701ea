package org.parley.statement;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.article.Article;
import org.parley.country.Country;
import org.parley.graphql.ChildList;
import org.parley.graphql.Db;
import org.parley.graphql.JunctionList;
import org.parley.graphql.ListOrders;
import org.parley.graphql.Page;
import org.parley.graphql.Pager;
import org.parley.graphql.ParentList;
import org.parley.meeting.BilateralMeeting;
import org.parley.official.Official;
import org.parley.organization.Organization;
import org.parley.topic.Topic;

/** The SQL that reads the statements of officials, addressees, topics, meetings and articles. */
@ApplicationScoped
public class StatementLists {

    private static final StatementOrder LATEST = StatementOrder.SAID_ON_DESC;
    /** What each official said, latest first unless the client orders it otherwise. */
    public static final ParentList BY_SPEAKER = new ParentList("statement t", "t.speaker_id = k.id", LATEST);
    /** What each official relayed for someone else, latest first. */
    public static final ParentList RELAYED_BY = new ParentList("statement t", "t.relayed_by_id = k.id", LATEST);
    /** What was said to or about each country, latest first. */
    public static final ParentList ADDRESSED_TO_COUNTRY = new ParentList("statement t", "t.addressee_country_id = k.id",
            LATEST);
    /** What was said to or about each organisation, latest first. */
    public static final ParentList ADDRESSED_TO_ORGANIZATION = new ParentList("statement t",
            "t.addressee_organization_id = k.id", LATEST);
    /** What was said about each topic, latest first. */
    public static final ParentList ABOUT_TOPIC = new ParentList(
            "statement_topic x JOIN statement t ON t.id = x.statement_id", "x.topic_id = k.id", LATEST);
    /** In the order they were said, then recorded. */
    /** What was said at a meeting, in the order it was said. */
    public static final ChildList AT_MEETING = new ChildList("statement", "meeting_id", ListOrders::earliestStatements);
    public static final JunctionList REPORTS = StatementQueries.ARTICLES.junction().reversed()
            .to(Statement.TABLE, ListOrders::earliestStatements);

    private final Db db;
    private final Pager pager;

    public StatementLists(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    /** The first {@code first} statements each official made, in {@code order}. */
    public List<List<Statement>> bySpeakers(List<Official> officials, Integer first, StatementOrder order) {
        return pager.firstOfEach(officials, o -> o.dbId, Statement.columns("t"), BY_SPEAKER.in(order), first,
                Statement::from);
    }

    /** A page of each official's statements, in {@code order}, with cursors. */
    public List<Page<Statement>> pagesBySpeakers(List<Official> officials, StatementOrder order, Integer first,
            String after, Integer last, String before) {
        return pager.pageOfEach(officials, o -> o.dbId, Statement.columns("t"), BY_SPEAKER.in(order),
                pager.slice(first, after, last, before), Statement::from);
    }

    /** A page of each topic's statements, latest first, with cursors. */
    public List<Page<Statement>> pagesAboutTopics(List<Topic> topics, Integer first, String after, Integer last,
            String before) {
        return pager.pageOfEach(topics, tp -> tp.dbId, Statement.columns("t"), ABOUT_TOPIC,
                pager.slice(first, after, last, before), Statement::from);
    }

    /** The latest {@code first} statements each official relayed for someone else. */
    public List<List<Statement>> relayedBy(List<Official> officials, Integer first) {
        return pager.firstOfEach(officials, o -> o.dbId, Statement.columns("t"), RELAYED_BY, first, Statement::from);
    }

    /** The latest {@code first} statements addressed to or about each country. */
    public List<List<Statement>> addressedToCountries(List<Country> countries, Integer first) {
        return pager.firstOfEach(countries, c -> c.dbId, Statement.columns("t"), ADDRESSED_TO_COUNTRY, first,
                Statement::from);
    }

    /** The latest {@code first} statements addressed to or about each organisation. */
    public List<List<Statement>> addressedToOrganizations(List<Organization> organizations, Integer first) {
        return pager.firstOfEach(organizations, g -> g.dbId, Statement.columns("t"), ADDRESSED_TO_ORGANIZATION, first,
                Statement::from);
    }

    /** The latest {@code first} statements about each topic. */
    public List<List<Statement>> aboutTopics(List<Topic> topics, Integer first) {
        return pager.firstOfEach(topics, tp -> tp.dbId, Statement.columns("t"), ABOUT_TOPIC, first, Statement::from);
    }

    /** All statements made at each meeting, in the order they were said. */
    public List<List<Statement>> atMeetings(List<BilateralMeeting> meetings) {
        return AT_MEETING.read(db, meetings, m -> m.dbId, Statement::columns, Statement::from);
    }

    /** All statements each article reports, in the order they were said. */
    public List<List<Statement>> reportedIn(List<Article> articles) {
        return REPORTS.read(db, articles, a -> a.dbId, Statement::from);
    }
}
