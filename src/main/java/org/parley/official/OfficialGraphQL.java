package org.parley.official;

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
import org.parley.graphql.Batch;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Prefetcher;

/** Officials and their positions; every relation field takes the whole list of parents at once. */
@GraphQLApi
@ApiErrors
public class OfficialGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final OfficialQueries officials;
    private final CountryQueries countries;

    public OfficialGraphQL(OfficialQueries officials, CountryQueries countries) {
        this.officials = officials;
        this.countries = countries;
    }

    @Query("official")
    @Description("The official with this ID, or null if there is none.")
    public Official official(@Id @NonNull @Description("ID of the official.") String id) {
        return prefetcher.one(officials.byId(GlobalId.decode(Official.TYPE, id)));
    }

    @Query("officials")
    @Description("Officials, a page at a time.")
    public @NonNull OfficialConnection officials(
            @Description("Conditions the officials must meet.") OfficialFilter filter,
            @Description("Order of the list.") @DefaultValue("NAME_ASC") OfficialOrder orderBy,
            @Description("How many officials to return (at most the server's maximum page size).") Integer first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("How many officials to return from the end, or before `before` (at most the server's maximum page"
                    + " size); instead of first.") Integer last,
            @Description("Cursor before which the page ends (pageInfo.startCursor of the page after it); with last.")
            String before) {
        return prefetcher.connection(officials.list(filter, orderBy, first, after, last, before));
    }

    @Name("country")
    @Description("The country the official acts for, when known.")
    public List<Country> country(@Source List<Official> parents) {
        return countries.forKeys(parents, o -> o.countryId);
    }

    @Name("positions")
    @Description("The posts the official holds or held, the latest first.")
    public List<@NonNull List<@NonNull Position>> positions(@Source List<Official> parents) {
        return officials.positionsOf(parents);
    }

    @Name("currentPosition")
    @Description("The post the official holds now: one without an end date, the latest started; null if none is known.")
    public List<Position> currentPosition(@Source List<Official> parents) {
        return officials.currentPositionOf(parents);
    }

    @Name("officials")
    @Description("The officials who act for this country, by name.")
    public List<@NonNull List<@NonNull Official>> countryOfficials(@Source List<Country> parents) {
        return officials.ofCountries(parents);
    }

    @Name("official")
    @Description("The official who holds or held this post.")
    public List<@NonNull Official> positionOfficial(@Source List<Position> parents) {
        return Batch.toOne(parents, p -> p.officialId, officials.byIds(Batch.keys(parents, p -> p.officialId)),
                o -> o.dbId);
    }
}
