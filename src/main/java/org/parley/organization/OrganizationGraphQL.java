package org.parley.organization;

import jakarta.inject.Inject;
import java.util.List;
import org.parley.graphql.ApiErrors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.country.Country;
import org.parley.country.CountryQueries;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Prefetcher;
import org.parley.official.OfficialQueries;
import org.parley.official.Position;

/** Organisations and their relations; every relation field takes the whole list of parents at once. */
@GraphQLApi
@ApiErrors
public class OrganizationGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final OrganizationQueries organizations;
    private final CountryQueries countries;
    private final OfficialQueries officials;

    public OrganizationGraphQL(OrganizationQueries organizations, CountryQueries countries, OfficialQueries officials) {
        this.organizations = organizations;
        this.countries = countries;
        this.officials = officials;
    }

    @Query("organization")
    @Description("The organisation with this ID, or null if there is none.")
    public Organization organization(@Id @NonNull @Description("ID of the organisation.") String id) {
        return prefetcher.one(organizations.byId(GlobalId.decode(Organization.TYPE, id)));
    }

    @Query("organizations")
    @Description("Organisations, a page at a time.")
    public @NonNull OrganizationConnection organizations(
            @Description("Conditions the organisations must meet.") OrganizationFilter filter,
            @Description("Order of the list.") @DefaultValue("NAME_ASC") OrganizationOrder orderBy,
            @Description("How many organisations to return (at most the server's maximum page size).") Integer first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("How many organisations to return from the end, or before `before` (at most the server's maximum page"
                    + " size); instead of first.") Integer last,
            @Description("Cursor before which the page ends (pageInfo.startCursor of the page after it); with last.")
            String before) {
        return prefetcher.connection(organizations.list(filter, orderBy, first, after, last, before));
    }

    @Name("country")
    @Description("The country the organisation belongs to; null for international bodies.")
    public List<Country> country(@Source List<Organization> parents) {
        return countries.forKeys(parents, g -> g.countryId);
    }

    @Name("parent")
    @Description("The organisation this one belongs to, e.g. the government of a ministry.")
    public List<Organization> parent(@Source List<Organization> parents) {
        return organizations.forKeys(parents, g -> g.parentId);
    }

    @Name("children")
    @Description("The organisations that belong to this one.")
    public List<@NonNull List<@NonNull Organization>> children(@Source List<Organization> parents) {
        return organizations.childrenOf(parents);
    }

    @Name("positions")
    @Description("The posts held at this organisation.")
    public List<@NonNull List<@NonNull Position>> positions(@Source List<Organization> parents) {
        return officials.positionsAt(parents);
    }

    @Name("organization")
    @Description("The organisation the post is at, when known.")
    public List<Organization> positionOrganization(@Source List<Position> parents) {
        return organizations.forKeys(parents, p -> p.organizationId);
    }

    @Name("organizations")
    @Description("The organisations of this country, by name.")
    public List<@NonNull List<@NonNull Organization>> countryOrganizations(@Source List<Country> parents) {
        return organizations.ofCountries(parents);
    }
}
