package org.parley.organization;

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

/** Writes organisations; every mutation needs the editor role. */
@GraphQLApi
@ApiErrors
@WriteApi
@RolesAllowed("editor")
public class OrganizationMutations {

    /** Reads what the client selected below the object written, as a query's answer is read. */
    @Inject
    Prefetcher prefetcher;

    private final OrganizationService service;
    private final OrganizationQueries organizations;

    public OrganizationMutations(OrganizationService service, OrganizationQueries organizations) {
        this.service = service;
        this.organizations = organizations;
    }

    @Mutation("createOrganization")
    @Description("Records an organisation. Needs the editor role.")
    public @NonNull OrganizationPayload createOrganization(@NonNull
    @Description("The new organisation.") OrganizationInput input) {
        return payload(service.create(input));
    }

    @Mutation("updateOrganization")
    @Description("Changes an organisation to the values given. Needs the editor role.")
    public @NonNull OrganizationPayload updateOrganization(@Id @NonNull
    @Description("ID of the organisation.") String id,
            @Description("The version of the organisation that the change is based on.") int expectedVersion,
            @NonNull @Description("All the values of the organisation.") OrganizationInput input) {
        return payload(service.update(id, expectedVersion, input));
    }

    @Mutation("deleteOrganization")
    @Description("Deletes an organisation that nothing refers to. With cascade, also deletes its forum "
            + "participations, and clears it from its sub-organisations, positions, forums it hosted, articles "
            + "it published, statements addressed to it and the mentions of articles. Needs the editor role.")
    public @NonNull DeletePayload deleteOrganization(@Id @NonNull @Description("ID of the organisation.") String id,
            @Description("The version of the organisation that the deletion is based on.") int expectedVersion,
            @DefaultValue("false") @Description("Whether to deal with what refers to the organisation too.")
            boolean cascade) {
        return service.delete(id, expectedVersion, cascade);
    }

    private OrganizationPayload payload(long id) {
        return new OrganizationPayload(prefetcher.below("organization", organizations.byId(id)));
    }
}
