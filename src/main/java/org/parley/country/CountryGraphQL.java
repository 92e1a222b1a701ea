package org.parley.country;

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
public class CountryGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final CountryQueries countries;

    public CountryGraphQL(CountryQueries countries) {
        this.countries = countries;
    }

    @Query("country")
    @Description("The country with this ID, or null if there is none.")
    public Country country(@Id @NonNull @Description("ID of the country.") String id) {
        return prefetcher.one(countries.byId(GlobalId.decode(Country.TYPE, id)));
    }

    @Query("countryByCode")
    @Description("The country with this ISO 3166-1 alpha-2 code (e.g. KR), or null if there is none.")
    public Country countryByCode(@NonNull @Description("ISO 3166-1 alpha-2 code, case-insensitive.") String code) {
        return prefetcher.one(countries.byCode(code));
    }

    @Query("countries")
    @Description("Countries, a page at a time.")
    public @NonNull CountryConnection countries(
            @Description("Conditions the countries must meet.") CountryFilter filter,
            @Description("Order of the list.") @DefaultValue("NAME_ASC") CountryOrder orderBy,
            @Description("How many countries to return (at most the server's maximum page size).") Integer first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("How many countries to return from the end, or before `before` (at most the server's maximum page"
                    + " size); instead of first.") Integer last,
            @Description("Cursor before which the page ends (pageInfo.startCursor of the page after it); with last.")
            String before) {
        return prefetcher.connection(countries.list(filter, orderBy, first, after, last, before));
    }
}
