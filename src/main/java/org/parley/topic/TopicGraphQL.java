package org.parley.topic;

import jakarta.inject.Inject;
import org.parley.graphql.ApiErrors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Prefetcher;

@GraphQLApi
@ApiErrors
public class TopicGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final TopicQueries topics;

    public TopicGraphQL(TopicQueries topics) {
        this.topics = topics;
    }

    @Query("topic")
    @Description("The topic with this ID, or null if there is none.")
    public Topic topic(@Id @NonNull @Description("ID of the topic.") String id) {
        return prefetcher.one(topics.byId(GlobalId.decode(Topic.TYPE, id)));
    }

    @Query("topics")
    @Description("Topics, a page at a time.")
    public @NonNull TopicConnection topics(
            @Description("Conditions the topics must meet.") TopicFilter filter,
            @Description("Order of the list.") @DefaultValue("NAME_ASC") TopicOrder orderBy,
            @Description("How many topics to return (at most the server's maximum page size).") Integer first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("How many topics to return from the end, or before `before` (at most the server's maximum page"
                    + " size); instead of first.") Integer last,
            @Description("Cursor before which the page ends (pageInfo.startCursor of the page after it); with last.")
            String before) {
        return prefetcher.connection(topics.list(filter, orderBy, first, after, last, before));
    }
}
