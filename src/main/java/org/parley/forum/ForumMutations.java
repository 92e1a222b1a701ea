package org.parley.forum;

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

/** Writes forums; every mutation needs the editor role. */
@GraphQLApi
@ApiErrors
@WriteApi
@RolesAllowed("editor")
public class ForumMutations {

    /** Reads what the client selected below the object written, as a query's answer is read. */
    @Inject
    Prefetcher prefetcher;

    private final ForumService service;
    private final ForumQueries forums;

    public ForumMutations(ForumService service, ForumQueries forums) {
        this.service = service;
        this.forums = forums;
    }

    @Mutation("createForum")
    @Description("Records a forum (one edition) with its participants. Needs the editor role.")
    public @NonNull ForumPayload createForum(@NonNull @Description("The new forum.") ForumInput input) {
        return payload(service.create(input));
    }

    @Mutation("updateForum")
    @Description("Changes a forum to the values given; its participants and articles become those given. Needs the"
            + " editor role.")
    public @NonNull ForumPayload updateForum(@Id @NonNull @Description("ID of the forum.") String id,
            @Description("The version of the forum that the change is based on.") int expectedVersion,
            @NonNull @Description("All the values of the forum.") ForumInput input) {
        return payload(service.update(id, expectedVersion, input));
    }

    @Mutation("deleteForum")
    @Description("Deletes a forum, with its participants and links to articles, when no meeting took place at it. "
            + "With cascade, also deletes the meetings at the forum (their statements stay, without a meeting)."
            + " Needs the editor role.")
    public @NonNull DeletePayload deleteForum(@Id @NonNull @Description("ID of the forum.") String id,
            @Description("The version of the forum that the deletion is based on.") int expectedVersion,
            @DefaultValue("false") @Description("Whether to deal with what refers to the forum too.") boolean cascade) {
        return service.delete(id, expectedVersion, cascade);
    }

    private ForumPayload payload(long id) {
        return new ForumPayload(prefetcher.below("forum", forums.byId(id)));
    }
}
