package org.parley.meeting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.article.Article;
import org.parley.country.Country;
import org.parley.forum.Forum;
import org.parley.graphql.Db;
import org.parley.graphql.JunctionList;
import org.parley.graphql.ListOrders;
import org.parley.graphql.Page;
import org.parley.graphql.Pager;
import org.parley.graphql.ParentList;
import org.parley.graphql.SortKey;
import org.parley.graphql.SortOrder;
import org.parley.official.Official;
import org.parley.organization.Organization;
import org.parley.topic.Topic;

/** The SQL that reads the meetings of officials, countries, organisations, forums, topics and articles. */
@ApplicationScoped
public class MeetingLists {

    private static final MeetingOrder LATEST = MeetingOrder.HELD_ON_DESC;
    /** An official's meetings, latest first, in the order of the participant rows' copy of the date (V3). */
    public static final ParentList OF_OFFICIAL = new ParentList(
            "meeting_participant mp JOIN bilateral_meeting t ON t.id = mp.meeting_id", "mp.official_id = k.id",
            SortOrder.of(LATEST.name(), SortKey.byDate("mp.held_on", true)));
    /** A country's meetings, latest first, in the order of the side rows' copy of the date (V3). */
    public static final ParentList OF_COUNTRY = new ParentList(
            "meeting_side s JOIN bilateral_meeting t ON t.id = s.meeting_id", "s.country_id = k.id",
            SortOrder.of(LATEST.name(), SortKey.byDate("s.held_on", true)));
    /** The meetings an organisation was a side of, latest first, in the order of the side rows' copy of the date. */
    public static final ParentList OF_ORGANIZATION = new ParentList(
            "meeting_side s JOIN bilateral_meeting t ON t.id = s.meeting_id", "s.organization_id = k.id",
            SortOrder.of(LATEST.name(), SortKey.byDate("s.held_on", true)));
    /** A forum's meetings, latest first. */
    public static final ParentList AT_FORUM = new ParentList("bilateral_meeting t", "t.forum_id = k.id", LATEST);
    /** The meetings with a topic on the agenda, latest first. */
    public static final ParentList ABOUT_TOPIC = new ParentList(
            "meeting_topic mt JOIN bilateral_meeting t ON t.id = mt.meeting_id", "mt.topic_id = k.id", LATEST);
    /**
     * The meetings that may be the same event as the parent, reported apart: between the same parties, all of them
     * (found through the parent's first side, then as many sides with none of the parent's missing), at the same
     * forum or both at none, and on no different days (either date
     * unknown, or the same), latest first. What an editor looks at before mergeMeetings.
     */
    public static final ParentList LIKELY_DUPLICATES = new ParentList(
            "meeting_side s JOIN bilateral_meeting t ON t.id = s.meeting_id",
            "t.id <> k.id"
                    + " AND (s.country_id = (SELECT a.country_id FROM meeting_side a WHERE a.meeting_id = k.id"
                    + " AND a.side_no = 1) OR s.organization_id = (SELECT a.organization_id FROM meeting_side a"
                    + " WHERE a.meeting_id = k.id AND a.side_no = 1))"
                    + " AND (SELECT count(*) FROM meeting_side b WHERE b.meeting_id = t.id)"
                    + " = (SELECT count(*) FROM meeting_side a WHERE a.meeting_id = k.id)"
                    + " AND NOT EXISTS (SELECT 1 FROM meeting_side a WHERE a.meeting_id = k.id AND NOT EXISTS"
                    + " (SELECT 1 FROM meeting_side b WHERE b.meeting_id = t.id"
                    + " AND (b.country_id = a.country_id OR b.organization_id = a.organization_id)))"
                    + " AND EXISTS (SELECT 1 FROM bilateral_meeting p WHERE p.id = k.id"
                    + " AND p.forum_id IS NOT DISTINCT FROM t.forum_id"
                    + " AND (p.held_on IS NULL OR t.held_on IS NULL OR p.held_on = t.held_on))",
            SortOrder.of(LATEST.name(), SortKey.byDate("t.held_on", true)));
    public static final JunctionList REPORTS = MeetingQueries.REPORTED_BY.junction().reversed()
            .to(BilateralMeeting.TABLE, ListOrders::latestMeetings);

    private final Db db;
    private final Pager pager;

    public MeetingLists(Db db, Pager pager) {
        this.db = db;
        this.pager = pager;
    }

    /** The latest {@code first} meetings each official took part in. */
    public List<List<BilateralMeeting>> ofOfficials(List<Official> officials, Integer first) {
        return pager.firstOfEach(officials, o -> o.dbId, BilateralMeeting.columns("t"), OF_OFFICIAL, first,
                BilateralMeeting::from);
    }

    /** The latest {@code first} meetings in which each country was a side. */
    public List<List<BilateralMeeting>> ofCountries(List<Country> countries, Integer first) {
        return pager.firstOfEach(countries, c -> c.dbId, BilateralMeeting.columns("t"), OF_COUNTRY, first,
                BilateralMeeting::from);
    }

    /** The latest {@code first} meetings in which each organisation was a side. */
    public List<List<BilateralMeeting>> ofOrganizations(List<Organization> organizations, Integer first) {
        return pager.firstOfEach(organizations, g -> g.dbId, BilateralMeeting.columns("t"), OF_ORGANIZATION, first,
                BilateralMeeting::from);
    }

    /** A page of each official's meetings, latest first, with cursors. */
    public List<Page<BilateralMeeting>> pagesOfOfficials(List<Official> officials, Integer first, String after,
            Integer last, String before) {
        return pager.pageOfEach(officials, o -> o.dbId, BilateralMeeting.columns("t"), OF_OFFICIAL,
                pager.slice(first, after, last, before), BilateralMeeting::from);
    }

    /** A page of each country's meetings, latest first, with cursors. */
    public List<Page<BilateralMeeting>> pagesOfCountries(List<Country> countries, Integer first, String after,
            Integer last, String before) {
        return pager.pageOfEach(countries, c -> c.dbId, BilateralMeeting.columns("t"), OF_COUNTRY,
                pager.slice(first, after, last, before), BilateralMeeting::from);
    }

    /** The latest {@code first} meetings held at or on the sidelines of each forum. */
    public List<List<BilateralMeeting>> ofForums(List<Forum> forums, Integer first) {
        return pager.firstOfEach(forums, f -> f.dbId, BilateralMeeting.columns("t"), AT_FORUM, first,
                BilateralMeeting::from);
    }

    /** The latest {@code first} meetings with each topic on the agenda. */
    public List<List<BilateralMeeting>> ofTopics(List<Topic> topics, Integer first) {
        return pager.firstOfEach(topics, tp -> tp.dbId, BilateralMeeting.columns("t"), ABOUT_TOPIC, first,
                BilateralMeeting::from);
    }

    /** The latest {@code first} meetings that may be each meeting reported apart. */
    public List<List<BilateralMeeting>> likelyDuplicatesOf(List<BilateralMeeting> meetings, Integer first) {
        return pager.firstOfEach(meetings, m -> m.dbId, BilateralMeeting.columns("t"), LIKELY_DUPLICATES, first,
                BilateralMeeting::from);
    }

    /** The meetings each article reports, latest first. */
    public List<List<BilateralMeeting>> reportedIn(List<Article> articles) {
        return REPORTS.read(db, articles, a -> a.dbId, BilateralMeeting::from);
    }
}
