package org.parley.official;

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

/** Writes positions; every mutation needs the editor role. */
@GraphQLApi
@ApiErrors
@WriteApi
@RolesAllowed("editor")
public class PositionMutations {

    /** Reads what the client selected below the object written, as a query's answer is read. */
    @Inject
    Prefetcher prefetcher;

    private final PositionService service;
    private final OfficialQueries officials;

    public PositionMutations(PositionService service, OfficialQueries officials) {
        this.service = service;
        this.officials = officials;
    }

    @Mutation("createPosition")
    @Description("Records a post an official holds or held. Needs the editor role.")
    public @NonNull PositionPayload createPosition(@NonNull @Description("The new position.") PositionInput input) {
        return payload(service.create(input));
    }

    @Mutation("updatePosition")
    @Description("Changes a position to the values given. Needs the editor role.")
    public @NonNull PositionPayload updatePosition(@Id @NonNull @Description("ID of the position.") String id,
            @Description("The version of the position that the change is based on.") int expectedVersion,
            @NonNull @Description("All the values of the position.") PositionInput input) {
        return payload(service.update(id, expectedVersion, input));
    }

    @Mutation("deletePosition")
    @Description("Deletes a position that nothing refers to. With cascade, first clears it from the meeting "
            + "participants and statements that name it (they stay). Needs the editor role.")
    public @NonNull DeletePayload deletePosition(@Id @NonNull @Description("ID of the position.") String id,
            @Description("The version of the position that the deletion is based on.") int expectedVersion,
            @DefaultValue("false") @Description("Whether to deal with what refers to the position too.")
            boolean cascade) {
        return service.delete(id, expectedVersion, cascade);
    }

    private PositionPayload payload(long id) {
        return new PositionPayload(prefetcher.below("position", officials.positionsByIds(new long[] {id}).get(0)));
    }
}
