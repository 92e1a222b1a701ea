package org.parley.relation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortOrder;

@Enum("TimelineOrder")
@Description("Orders of a timeline.")
public enum TimelineOrder implements SortOrder {
    @Description("Latest first; entries without a known date last.")
    NEWEST_FIRST(true),
    @Description("Earliest first; entries without a known date first.")
    OLDEST_FIRST(false);

    private final boolean descending;

    TimelineOrder(boolean descending) {
        this.descending = descending;
    }

    @Override
    public String keyExpression() {
        return "coalesce(t.day, '-infinity'::date)";
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
