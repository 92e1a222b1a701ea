package org.parley.relation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortKey;
import org.parley.graphql.SortOrder;

@Enum("TimelineOrder")
@Description("Orders of a timeline.")
public enum TimelineOrder implements SortOrder {
    @Description("Latest first; entries without a known date last.")
    NEWEST_FIRST(SortKey.byDate("t.day", true)),
    @Description("Earliest first; entries without a known date first.")
    OLDEST_FIRST(SortKey.byDate("t.day", false));

    private final SortKey key;

    TimelineOrder(SortKey key) {
        this.key = key;
    }

    @Override
    public SortKey key() {
        return key;
    }
}
