package org.parley.meeting;

import java.util.List;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Paging;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.article.Article;
import org.parley.country.Country;
import org.parley.forum.Forum;
import org.parley.official.Official;
import org.parley.organization.Organization;
import org.parley.statement.Statement;
import org.parley.topic.Topic;

/**
 * The meetings of officials, countries, organisations, forums, topics, statements and articles. The long lists
 * take {@code first} and read each parent's latest meetings through one LATERAL statement for all parents.
 */
@GraphQLApi
@ApiErrors
public class MeetingRelations {

    private static final String FIRST = "How many meetings to return for each parent, latest first (at most the"
            + " server's maximum page size).";

    private final MeetingQueries meetings;
    private final MeetingLists lists;

    public MeetingRelations(MeetingQueries meetings, MeetingLists lists) {
        this.meetings = meetings;
        this.lists = lists;
    }

    @Name("meetings")
    @Description("The latest meetings this official took part in.")
    public List<@NonNull List<@NonNull BilateralMeeting>> officialMeetings(@Source List<Official> parents,
            @Description(FIRST) @DefaultValue("20") Integer first) {
        return lists.ofOfficials(parents, first);
    }

    @Name("meetings")
    @Description("The latest meetings in which this country was one of the sides.")
    public List<@NonNull List<@NonNull BilateralMeeting>> countryMeetings(@Source List<Country> parents,
            @Description(FIRST) @DefaultValue("20") Integer first) {
        return lists.ofCountries(parents, first);
    }

    @Name("meetings")
    @Description("The latest meetings in which this organisation was one of the sides, e.g. the"
            + " United Nations in talks with a country's vice minister.")
    public List<@NonNull List<@NonNull BilateralMeeting>> organizationMeetings(@Source List<Organization> parents,
            @Description(FIRST) @DefaultValue("20") Integer first) {
        return lists.ofOrganizations(parents, first);
    }

    @Name("meetingsConnection")
    @Description("The meetings this official took part in, a page at a time with cursors (first/after or"
            + " last/before), latest first; totalCount counts them all.")
    public List<@NonNull MeetingConnection> officialMeetingsConnection(@Source List<Official> parents,
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return lists.pagesOfOfficials(parents, first, after, last, before).stream().map(MeetingConnection::new)
                .toList();
    }

    @Name("meetingsConnection")
    @Description("The meetings in which this country was one of the sides, a page at a time with"
            + " cursors (first/after or last/before), latest first; totalCount counts them all.")
    public List<@NonNull MeetingConnection> countryMeetingsConnection(@Source List<Country> parents,
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return lists.pagesOfCountries(parents, first, after, last, before).stream().map(MeetingConnection::new)
                .toList();
    }

    @Name("meetings")
    @Description("The latest meetings held at or on the sidelines of this forum.")
    public List<@NonNull List<@NonNull BilateralMeeting>> forumMeetings(@Source List<Forum> parents,
            @Description(FIRST) @DefaultValue("20") Integer first) {
        return lists.ofForums(parents, first);
    }

    @Name("meetings")
    @Description("The latest meetings with this topic on the agenda.")
    public List<@NonNull List<@NonNull BilateralMeeting>> topicMeetings(@Source List<Topic> parents,
            @Description(FIRST) @DefaultValue("20") Integer first) {
        return lists.ofTopics(parents, first);
    }

    @Name("meetings")
    @Description("The meetings this article reports, latest first.")
    public List<@NonNull List<@NonNull BilateralMeeting>> articleMeetings(@Source List<Article> parents) {
        return lists.reportedIn(parents);
    }

    @Name("likelyDuplicates")
    @Description("Meetings that may be this one reported apart, for an editor to merge (mergeMeetings): between"
            + " the same parties (all of them), at the same forum (or both at none), on no different days (either date"
            + " unknown, or the same); latest first.")
    public List<@NonNull List<@NonNull BilateralMeeting>> likelyDuplicates(@Source List<BilateralMeeting> parents,
            @Description(FIRST) @DefaultValue("20") Integer first) {
        return lists.likelyDuplicatesOf(parents, first);
    }

    @Name("meeting")
    @Description("The meeting at which the statement was made, if any.")
    public List<BilateralMeeting> statementMeeting(@Source List<Statement> parents) {
        return meetings.forKeys(parents, s -> s.meetingId);
    }
}
