package org.parley.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.Function;
import org.parley.article.Article;
import org.parley.country.Country;
import org.parley.forum.Forum;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.Batch;
import org.parley.graphql.ChildList;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Junction;
import org.parley.graphql.JunctionList;
import org.parley.graphql.ListOrders;
import org.parley.graphql.Pager;
import org.parley.graphql.Where;
import org.parley.official.Official;
import org.parley.organization.Organization;
import org.parley.topic.Topic;

/** The SQL that reads meetings, their sides, participants, topics and sources. */
@ApplicationScoped
public class MeetingQueries {

    public static final JunctionList TOPICS = new Junction("meeting_topic", "meeting_id", "topic_id")
            .to(Topic.TABLE, ListOrders::byName);
    /** The topics expected to be discussed that no report yet says were: a part of {@link #TOPICS}. */
    public static final JunctionList EXPECTED_TOPICS = new Junction("meeting_topic_expected", "meeting_id", "topic_id")
            .to(Topic.TABLE, ListOrders::byName);
    public static final JunctionList REPORTED_BY = new Junction("meeting_article", "meeting_id", "article_id")
            .to(Article.TABLE, ListOrders::newestArticles);
    /** The articles that name a participant as taking part (a view over meeting_participant_source, V14). */
    public static final JunctionList PARTICIPANT_REPORTED_BY = new Junction("meeting_participant_article",
            "participant_id", "article_id").to(Article.TABLE, ListOrders::newestArticles);
    /** A meeting's sides, in the order the sources name them. */
    public static final ChildList SIDES = new ChildList("meeting_side", "meeting_id", s -> s + ".side_no");
    /** What each source says of a meeting, in the order of {@link #REPORTED_BY}. */
    public static final ChildList REPORTS = new ChildList("meeting_report", "meeting_id", ListOrders::byNewestArticle);
    /** A meeting's participants, by official. */
    public static final ChildList PARTICIPANTS = new ChildList("meeting_participant", "meeting_id",
            p -> p + ".official_id");
    /** A side's participants, by official. */
    public static final ChildList SIDE_PARTICIPANTS = new ChildList("meeting_participant", "side_id",
            p -> p + ".official_id");

    private final Db db;
    private final Pager pager;

    public MeetingQueries(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    public BilateralMeeting byId(long id) {
        return db.byId(BilateralMeeting.TABLE, id, BilateralMeeting::from);
    }

    public List<BilateralMeeting> byIds(long[] ids) {
        return db.byIds(BilateralMeeting.TABLE, ids, BilateralMeeting::from);
    }

    /** For each parent, the meeting its foreign key points at. */
    public <P> List<BilateralMeeting> forKeys(List<P> parents, Function<P, Long> meetingId) {
        return Batch.toOne(parents, meetingId, byIds(Batch.keys(parents, meetingId)), m -> m.dbId);
    }

    public MeetingConnection list(MeetingFilter filter, MeetingOrder order, Integer first, String after,
            Integer last, String before) {
        // The forum is joined in (a to-one relation: one statement less); PostgreSQL drops the join from the count.
        return new MeetingConnection(pager.page(BilateralMeeting.columns("t") + ", " + Forum.columns("f"),
                "bilateral_meeting t LEFT JOIN forum f ON f.id = t.forum_id", where(filter),
                order == null ? MeetingOrder.HELD_ON_DESC : order, pager.slice(first, after, last, before),
                rs -> {
                    BilateralMeeting meeting = BilateralMeeting.from(rs);
                    return meeting.withForum(meeting.forumId == null ? null : Forum.from(rs));
                }));
    }

    /** The conditions of {@code filter} over a bilateral_meeting {@code t}, shared by every question about meetings. */
    public static Where where(MeetingFilter filter) {
        Where where = new Where();
        if (filter != null) {
            where.and(filter.countryIds, "EXISTS (SELECT 1 FROM meeting_side s WHERE s.meeting_id = t.id"
                    + " AND s.country_id = ANY(?))", GlobalId.decodeAll(Country.TYPE, filter.countryIds));
            where.and(filter.organizationIds, "EXISTS (SELECT 1 FROM meeting_side s WHERE s.meeting_id = t.id"
                    + " AND s.organization_id = ANY(?))",
                    GlobalId.decodeAll(Organization.TYPE, filter.organizationIds));
            if (filter.betweenCountries != null) {
                long[] pair = pair(filter.betweenCountries);
                where.always("EXISTS (SELECT 1 FROM meeting_side s WHERE s.meeting_id = t.id AND s.country_id = ?)"
                        + " AND EXISTS (SELECT 1 FROM meeting_side s WHERE s.meeting_id = t.id AND s.country_id = ?)",
                        pair[0], pair[1]);
            }
            where.and(filter.officialIds, "EXISTS (SELECT 1 FROM meeting_participant mp WHERE mp.meeting_id = t.id"
                    + " AND mp.official_id = ANY(?))", GlobalId.decodeAll(Official.TYPE, filter.officialIds));
            where.and(filter.forumIds, "t.forum_id = ANY(?)", GlobalId.decodeAll(Forum.TYPE, filter.forumIds));
            where.and(filter.topicIds, "EXISTS (SELECT 1 FROM meeting_topic mt WHERE mt.meeting_id = t.id"
                    + " AND mt.topic_id = ANY(?))", GlobalId.decodeAll(Topic.TYPE, filter.topicIds));
            where.and(filter.statuses, "t.status = ANY(?)", Where.names(filter.statuses));
            where.and(filter.heldFrom, "t.held_on >= ?", filter.heldFrom);
            where.and(filter.heldTo, "t.held_on <= ?", filter.heldTo);
        }
        return where;
    }

    /** The two countries of a betweenCountries filter, refused unless they are exactly two different ones. */
    public static long[] pair(List<String> countryIds) {
        long[] ids = GlobalId.decodeAll(Country.TYPE, countryIds);
        if (ids.length != 2 || ids[0] == ids[1]) {
            throw new BadUserInputException("betweenCountries takes exactly two different country IDs (got "
                    + ids.length + (ids.length == 2 ? ", the same twice" : "") + "); use countryIds for meetings of any"
                    + " of several countries.");
        }
        return ids;
    }

    /** The sides of each meeting, in the order the sources name them. */
    public List<List<MeetingSide>> sidesOf(List<BilateralMeeting> meetings) {
        return SIDES.read(db, meetings, m -> m.dbId, "s", MeetingSide.columns(),
                MeetingSide.JOINS, MeetingSide::from);
    }

    /** All participants of each meeting, by official id. */
    public List<List<MeetingParticipant>> participantsOf(List<BilateralMeeting> meetings) {
        return PARTICIPANTS.read(db, meetings, m -> m.dbId, "mp", MeetingParticipant.COLUMNS, MeetingParticipant.JOINS,
                MeetingParticipant::from);
    }

    /** The participants of each side, by official id. */
    public List<List<MeetingParticipant>> participantsOfSides(List<MeetingSide> sides) {
        return SIDE_PARTICIPANTS.read(db, sides, s -> s.dbId, "mp", MeetingParticipant.COLUMNS,
                MeetingParticipant.JOINS, MeetingParticipant::from);
    }

    /** The topics on the agenda of each meeting, by name. */
    public List<List<Topic>> topicsOf(List<BilateralMeeting> meetings) {
        return TOPICS.read(db, meetings, m -> m.dbId, Topic::from);
    }

    /** The topics of each meeting that were expected and are not yet reported as discussed, by name. */
    public List<List<Topic>> expectedTopicsOf(List<BilateralMeeting> meetings) {
        return EXPECTED_TOPICS.read(db, meetings, m -> m.dbId, Topic::from);
    }

    /** What each source of each meeting says of it, newest article first. */
    public List<List<MeetingReport>> reportsOf(List<BilateralMeeting> meetings) {
        return REPORTS.read(db, meetings, m -> m.dbId, "r", MeetingReport.TABLE.select("r"), "", MeetingReport::from);
    }

    /** The articles that name each participant as taking part, latest first. */
    public List<List<Article>> participantReportedBy(List<MeetingParticipant> participants) {
        return PARTICIPANT_REPORTED_BY.read(db, participants, p -> p.dbId, Article::from);
    }

    /** The articles that report each meeting, latest first. */
    public List<List<Article>> reportedBy(List<BilateralMeeting> meetings) {
        return REPORTED_BY.read(db, meetings, m -> m.dbId, Article::from);
    }
}
