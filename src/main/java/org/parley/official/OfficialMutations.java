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

/** Writes officials; every mutation needs the editor role. */
@GraphQLApi
@ApiErrors
@WriteApi
@RolesAllowed("editor")
public class OfficialMutations {

    /** Reads what the client selected below the object written, as a query's answer is read. */
    @Inject
    Prefetcher prefetcher;

    private final OfficialService service;
    private final OfficialQueries officials;

    public OfficialMutations(OfficialService service, OfficialQueries officials) {
        this.service = service;
        this.officials = officials;
    }

    @Mutation("createOfficial")
    @Description("Records an official; their posts are recorded with createPosition. Needs the editor role.")
    public @NonNull OfficialPayload createOfficial(@NonNull @Description("The new official.") OfficialInput input) {
        return payload(service.create(input));
    }

    @Mutation("updateOfficial")
    @Description("Changes an official to the values given. Needs the editor role.")
    public @NonNull OfficialPayload updateOfficial(@Id @NonNull @Description("ID of the official.") String id,
            @Description("The version of the official that the change is based on.") int expectedVersion,
            @NonNull @Description("All the values of the official.") OfficialInput input) {
        return payload(service.update(id, expectedVersion, input));
    }

    @Mutation("deleteOfficial")
    @Description("Deletes an official that nothing refers to. With cascade, also deletes the official's positions,"
            + " the statements the official made and the official's part in meetings (a meeting left with a "
            + "side without participants is deleted too), and clears the official from statements they relayed "
            + "and from the mentions of articles. Needs the editor role.")
    public @NonNull DeletePayload deleteOfficial(@Id @NonNull @Description("ID of the official.") String id,
            @Description("The version of the official that the deletion is based on.") int expectedVersion,
            @DefaultValue("false") @Description("Whether to deal with what refers to the official too.")
            boolean cascade) {
        return service.delete(id, expectedVersion, cascade);
    }

    private OfficialPayload payload(long id) {
        return new OfficialPayload(prefetcher.below("official", officials.byId(id)));
    }
}
