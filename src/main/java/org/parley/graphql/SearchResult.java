package org.parley.graphql;

import io.smallrye.graphql.api.Union;
import org.eclipse.microprofile.graphql.Description;

/** The types a search can find; each member is the type its other queries return, so a hit leads into the graph. */
@Union("SearchResult")
@Description("Something a search found: an article, statement, official, organisation, forum or topic.")
public interface SearchResult {
}
