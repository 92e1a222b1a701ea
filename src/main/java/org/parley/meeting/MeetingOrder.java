package org.parley.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortOrder;

@Enum("MeetingOrder")
@Description("Orders of a list of bilateral meetings.")
public enum MeetingOrder implements SortOrder {
    @Description("Latest first; meetings without a known date last.")
    HELD_ON_DESC(true),
    @Description("Earliest first; meetings without a known date first.")
    HELD_ON_ASC(false);

    private final boolean descending;

    MeetingOrder(boolean descending) {
        this.descending = descending;
    }

    @Override
    public String keyExpression() {
        return "coalesce(t.held_on, '-infinity'::date)";
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
