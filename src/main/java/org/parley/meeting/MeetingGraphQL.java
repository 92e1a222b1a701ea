package org.parley.meeting;

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
import org.parley.article.Article;
import org.parley.article.ArticleQueries;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Prefetcher;
import org.parley.topic.Topic;

/** Meetings and their own relations; every relation field takes the whole list of parents at once. */
@GraphQLApi
@ApiErrors
public class MeetingGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final MeetingQueries meetings;
    private final ArticleQueries articles;

    public MeetingGraphQL(MeetingQueries meetings, ArticleQueries articles) {
        this.meetings = meetings;
        this.articles = articles;
    }

    @Query("meeting")
    @Description("The meeting with this ID, or null if there is none.")
    public BilateralMeeting meeting(@Id @NonNull @Description("ID of the meeting.") String id) {
        return prefetcher.one(meetings.byId(GlobalId.decode(BilateralMeeting.TYPE, id)));
    }

    @Query("meetings")
    @Description("Meetings, a page at a time: bilateral ones and those of more parties.")
    public @NonNull MeetingConnection meetings(
            @Description("Conditions the meetings must meet.") MeetingFilter filter,
            @Description("Order of the list.") @DefaultValue("HELD_ON_DESC") MeetingOrder orderBy,
            @Description("How many meetings to return (at most the server's maximum page size).") Integer first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("How many meetings to return from the end, or before `before` (at most the server's maximum page"
                    + " size); instead of first.") Integer last,
            @Description("Cursor before which the page ends (pageInfo.startCursor of the page after it); with last.")
            String before) {
        return prefetcher.connection(meetings.list(filter, orderBy, first, after, last, before));
    }

    @Name("sides")
    @Description("The sides of the meeting, two or more, each a country or an organisation with its participants.")
    public List<@NonNull List<@NonNull MeetingSide>> sides(@Source List<BilateralMeeting> parents) {
        return meetings.sidesOf(parents);
    }

    @Name("participants")
    @Description("Everyone who took part, of every side, by official.")
    public List<@NonNull List<@NonNull MeetingParticipant>> participants(@Source List<BilateralMeeting> parents) {
        return meetings.participantsOf(parents);
    }

    @Name("participants")
    @Description("The officials who took part for this side.")
    public List<@NonNull List<@NonNull MeetingParticipant>> sideParticipants(@Source List<MeetingSide> parents) {
        return meetings.participantsOfSides(parents);
    }

    @Name("topics")
    @Description("The topics on the agenda, by name: those reported as discussed and those only expected"
            + " (`expectedTopics`).")
    public List<@NonNull List<@NonNull Topic>> topics(@Source List<BilateralMeeting> parents) {
        return meetings.topicsOf(parents);
    }

    @Name("expectedTopics")
    @Description("The topics of `topics` that a report expected the meeting to discuss (\"expected to cover\") and"
            + " that no report says were discussed, by name; the others were discussed.")
    public List<@NonNull List<@NonNull Topic>> expectedTopics(@Source List<BilateralMeeting> parents) {
        return meetings.expectedTopicsOf(parents);
    }

    @Name("reportedBy")
    @Description("The articles that report the meeting, latest first.")
    public List<@NonNull List<@NonNull Article>> reportedBy(@Source List<BilateralMeeting> parents) {
        return meetings.reportedBy(parents);
    }

    @Name("reportedBy")
    @Description("The articles that name this official as taking part, latest first; none for a participant an"
            + " editor recorded.")
    public List<@NonNull List<@NonNull Article>> participantReportedBy(@Source List<MeetingParticipant> parents) {
        return meetings.participantReportedBy(parents);
    }

    @Name("reports")
    @Description("What each article that reports the meeting says of it (status, day, remarks), in the order of"
            + " reportedBy: ask here according to which article the meeting was planned or held, and who says it"
            + " was the first in years.")
    public List<@NonNull List<@NonNull MeetingReport>> reports(@Source List<BilateralMeeting> parents) {
        return meetings.reportsOf(parents);
    }

    @Name("article")
    @Description("The article whose account this is.")
    public List<@NonNull Article> reportArticle(@Source List<MeetingReport> parents) {
        return articles.forKeys(parents, r -> r.articleId);
    }
}
