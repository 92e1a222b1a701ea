package org.parley.topic;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Prefetcher;
import org.parley.write.DeletePayload;
import org.parley.write.WriteApi;

/** Writes topics; every mutation needs the editor role. */
@GraphQLApi
@ApiErrors
@WriteApi
@RolesAllowed("editor")
public class TopicMutations {

    /** Reads what the client selected below the object written, as a query's answer is read. */
    @Inject
    Prefetcher prefetcher;

    private final TopicService service;
    private final TopicQueries topics;

    public TopicMutations(TopicService service, TopicQueries topics) {
        this.service = service;
        this.topics = topics;
    }

    @Mutation("createTopic")
    @Description("Records a topic. Needs the editor role.")
    public @NonNull TopicPayload createTopic(@NonNull @Description("The new topic.") TopicInput input) {
        return payload(service.create(input));
    }

    @Mutation("updateTopic")
    @Description("Changes a topic to the values given. Needs the editor role.")
    public @NonNull TopicPayload updateTopic(@Id @NonNull @Description("ID of the topic.") String id,
            @Description("The version of the topic that the change is based on.") int expectedVersion,
            @NonNull @Description("All the values of the topic.") TopicInput input) {
        return payload(service.update(id, expectedVersion, input));
    }

    @Mutation("deleteTopic")
    @Description("Deletes a topic that nothing is on. With cascade, first takes the topic off the meetings, "
            + "statements and articles on it (they stay). Needs the editor role.")
    public @NonNull DeletePayload deleteTopic(@Id @NonNull @Description("ID of the topic.") String id,
            @Description("The version of the topic that the deletion is based on.") int expectedVersion,
            @DefaultValue("false") @Description("Whether to deal with what refers to the topic too.") boolean cascade) {
        return service.delete(id, expectedVersion, cascade);
    }

    private TopicPayload payload(long id) {
        return new TopicPayload(prefetcher.below("topic", topics.byId(id)));
    }
}
