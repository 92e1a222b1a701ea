package org.parley.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.SearchResult;

@Type("SearchHit")
@Description("One thing a search found, how well it matched, and the words around the match.")
public class SearchHit {

    @NonNull
    @Description("What kind of thing was found.")
    public final SearchType type;
    @NonNull
    @Description("How well it matched, from 0 to 1; hits come best first. Text matches score by ts_rank (scaled to"
            + " 0-1), names by the better of that and their trigram similarity to the query. Shown to four decimals,"
            + " and at least 0.001 for any hit.")
    public final double score;
    @NonNull
    @Description("The matching passage with the query's words marked <b>like this</b>; for a name, the name.")
    public final String snippet;
    @NonNull
    @Description("The article, statement, official, organisation, forum or topic found: query its fields with"
            + " `... on Official { id name }` and follow its relations from there.")
    public final SearchResult node;

    public SearchHit(SearchType type, double score, String snippet, SearchResult node) {
        this.type = type;
        this.score = score;
        this.snippet = snippet;
        this.node = node;
    }
}
