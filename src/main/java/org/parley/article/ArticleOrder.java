package org.parley.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortOrder;

@Enum("ArticleOrder")
@Description("Orders of a list of articles.")
public enum ArticleOrder implements SortOrder {
    @Description("Newest first; articles without a known date last.")
    PUBLISHED_ON_DESC(true),
    @Description("Oldest first; articles without a known date first.")
    PUBLISHED_ON_ASC(false);

    private final boolean descending;

    ArticleOrder(boolean descending) {
        this.descending = descending;
    }

    @Override
    public String keyExpression() {
        return "coalesce(t.published_on, '-infinity'::date)";
    }

    @Override
    public String keyType() {
        return "date";
    }

    @Override
    public boolean descending() {
        return descending;
    }
}
