package org.parley.stats;

import jakarta.inject.Inject;
import java.util.List;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Prefetcher;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.country.Country;
import org.parley.forum.Forum;
import org.parley.forum.ForumQueries;
import org.parley.meeting.MeetingFilter;
import org.parley.statement.StatementFilter;
import org.parley.topic.Topic;

/** Grouped counts; what a group stands for is read for all groups at once, so a count costs one query per level. */
@GraphQLApi
@ApiErrors
public class CountGraphQL {

    private static final String FIRST = "How many groups to return (1 to 100, default 50).";

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final CountQueries counts;
    private final ForumQueries forums;

    public CountGraphQL(CountQueries counts, ForumQueries forums) {
        this.counts = counts;
        this.forums = forums;
    }

    @Query("meetingCounts")
    @Description("How many meetings there are per country pair, forum, month or year, under the same"
            + " filter as `meetings`; largest group first, or earliest first for months and years.")
    public @NonNull List<@NonNull CountBucket> meetingCounts(
            @NonNull @Description("What to count the meetings by.") MeetingGrouping by,
            @Description("Conditions the counted meetings must meet.") MeetingFilter filter,
            @Description(FIRST) Integer first) {
        return prefetcher.list(counts.meetings(by, filter, first));
    }

    @Query("statementCounts")
    @Description("How many statements there are per topic, speaker's country, kind, month or year, under the same"
            + " filter as `statements`; largest group first, or earliest first for months and years.")
    public @NonNull List<@NonNull CountBucket> statementCounts(
            @NonNull @Description("What to count the statements by.") StatementGrouping by,
            @Description("Conditions the counted statements must meet.") StatementFilter filter,
            @Description(FIRST) Integer first) {
        return prefetcher.list(counts.statements(by, filter, first));
    }

    @Name("countries")
    @Description("The countries of the group: the two of a country pair, or the speakers' country; empty otherwise.")
    public List<@NonNull List<@NonNull Country>> countries(@Source List<CountBucket> parents) {
        return counts.countriesOf(parents);
    }

    @Name("forum")
    @Description("The forum of the group, when counted by forum; null for the group of meetings outside any forum.")
    public List<Forum> forum(@Source List<CountBucket> parents) {
        return forums.forKeys(parents, b -> b.idOf("forum"));
    }

    @Name("topic")
    @Description("The topic of the group, when counted by topic.")
    public List<Topic> topic(@Source List<CountBucket> parents) {
        return counts.topicsOf(parents);
    }
}
