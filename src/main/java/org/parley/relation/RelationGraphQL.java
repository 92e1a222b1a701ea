package org.parley.relation;

import jakarta.inject.Inject;
import java.util.List;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Prefetcher;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.article.Article;
import org.parley.forum.Forum;
import org.parley.forum.ForumQueries;
import org.parley.meeting.MeetingQueries;
import org.parley.statement.StatementQueries;
import org.parley.topic.Topic;

/** The timeline between two countries; each relation of its entries is read for the whole page at once. */
@GraphQLApi
@ApiErrors
public class RelationGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final RelationQueries relations;
    private final MeetingQueries meetings;
    private final StatementQueries statements;
    private final ForumQueries forums;

    public RelationGraphQL(RelationQueries relations, MeetingQueries meetings, StatementQueries statements,
            ForumQueries forums) {
        this.relations = relations;
        this.meetings = meetings;
        this.statements = statements;
        this.forums = forums;
    }

    @Query("relationsBetween")
    @Description("Everything between two countries, a page at a time: their meetings, and the statements"
            + " an official of either made to or about the other.")
    public @NonNull TimelineConnection relationsBetween(
            @Id @NonNull @Description("One of the two countries.") String countryA,
            @Id @NonNull @Description("The other country.") String countryB,
            @Description("Order of the timeline.") @DefaultValue("NEWEST_FIRST") TimelineOrder order,
            @Description("How many entries to return (at most the server's maximum page size).") Integer first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("How many entries to return from the end, or before `before` (at most the server's maximum page"
                    + " size); instead of first.") Integer last,
            @Description("Cursor before which the page ends (pageInfo.startCursor of the page after it); with last.")
            String before) {
        return prefetcher.connection(relations.between(countryA, countryB, order, first, after, last, before));
    }

    @Name("forum")
    @Description("The forum at or beside which the meeting was held, or the statement's meeting was; null if none.")
    public List<Forum> forum(@Source List<TimelineEntry> parents) {
        return forums.forKeys(parents, e -> e.forumId);
    }

    @Name("topics")
    @Description("The topics of the meeting or statement, by name.")
    public List<@NonNull List<@NonNull Topic>> topics(@Source List<TimelineEntry> parents) {
        return RelationQueries.byKind(parents, meetings::topicsOf, statements::topicsOf);
    }

    @Name("articles")
    @Description("The articles that report the meeting or statement, latest first.")
    public List<@NonNull List<@NonNull Article>> articles(@Source List<TimelineEntry> parents) {
        return RelationQueries.byKind(parents, meetings::reportedBy, statements::articlesOf);
    }
}
