package org.parley.search;

import jakarta.inject.Inject;
import java.util.List;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Prefetcher;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** One search over the text and names of the graph. */
@GraphQLApi
@ApiErrors
public class SearchGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final SearchQueries search;

    public SearchGraphQL(SearchQueries search) {
        this.search = search;
    }

    @Query("search")
    @Description("Articles, statements, officials, organisations, forums and topics that match the query, best"
            + " first. Words are matched in their English stems (defense, defenses); quoted \"phrases\", `or` and"
            + " -exclusions work as in a web search. Names also match approximately and however they are spaced"
            + " or hyphenated: \"baek seungjoo\" finds Baek Seung-joo.")
    public @NonNull List<@NonNull SearchHit> search(
            @NonNull @Description("What to look for: words, a \"phrase\" or a name (at most 200 characters).") String query,
            @Description("Only these kinds of things; all kinds when left out.") List<SearchType> types,
            @Description("How many hits to return, best first (1 to 50, default 10).") Integer first) {
        return prefetcher.list(search.search(query, types, first));
    }
}
