package org.parley.article;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortKey;
import org.parley.graphql.SortOrder;

@Enum("ArticleOrder")
@Description("Orders of a list of articles.")
public enum ArticleOrder implements SortOrder {
    @Description("Newest first; articles without a known date last.")
    PUBLISHED_ON_DESC(SortKey.byDate("t.published_on", true)),
    @Description("Oldest first; articles without a known date first.")
    PUBLISHED_ON_ASC(SortKey.byDate("t.published_on", false));

    private final SortKey key;

    ArticleOrder(SortKey key) {
        this.key = key;
    }

    @Override
    public SortKey key() {
        return key;
    }
}
