package org.parley.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("SearchType")
@Description("The kinds of things a search looks through.")
public enum SearchType {
    @Description("News articles, by headline and text (English stemming).")
    ARTICLE,
    @Description("Statements, by what was said (English stemming).")
    STATEMENT,
    @Description("Officials, by name and other names, also approximately and in other romanisations.")
    OFFICIAL,
    @Description("Organisations, by name and short name, also approximately.")
    ORGANIZATION,
    @Description("Forums, by name, description and location; names also approximately.")
    FORUM,
    @Description("Topics, by name and description; names also approximately.")
    TOPIC
}
