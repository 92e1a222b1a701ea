package org.parley.country;

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

@GraphQLApi
@ApiErrors
@WriteApi
@RolesAllowed("editor")
public class CountryMutations {

    /** Reads what the client selected below the object written, as a query's answer is read. */
    @Inject
    Prefetcher prefetcher;

    private final CountryService service;
    private final CountryQueries countries;

    public CountryMutations(CountryService service, CountryQueries countries) {
        this.service = service;
        this.countries = countries;
    }

    @Mutation("createCountry")
    @Description("Records a country. Needs the editor role.")
    public @NonNull CountryPayload createCountry(@NonNull @Description("The new country.") CountryInput input) {
        return payload(service.create(input));
    }

    @Mutation("updateCountry")
    @Description("Changes a country to the values given. Needs the editor role.")
    public @NonNull CountryPayload updateCountry(@Id @NonNull @Description("ID of the country.") String id,
            @Description("The version of the country that the change is based on.") int expectedVersion,
            @NonNull @Description("All the values of the country.") CountryInput input) {
        return payload(service.update(id, expectedVersion, input));
    }

    @Mutation("deleteCountry")
    @Description("Deletes a country nothing refers to. With cascade, also deletes the meetings the country took part"
            + " in and its forum participations, and clears it from officials, organisations, forums it hosted,"
            + " statements addressed to it and articles' mentions. Needs the editor role.")
    public @NonNull DeletePayload deleteCountry(@Id @NonNull @Description("ID of the country.") String id,
            @Description("The version of the country that the deletion is based on.") int expectedVersion,
            @DefaultValue("false") @Description("Whether to deal with what refers to the country too.")
            boolean cascade) {
        return service.delete(id, expectedVersion, cascade);
    }

    private CountryPayload payload(long id) {
        return new CountryPayload(prefetcher.below("country", countries.byId(id)));
    }
}
