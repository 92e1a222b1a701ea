package org.parley.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortKey;
import org.parley.graphql.SortOrder;

@Enum("MeetingOrder")
@Description("Orders of a list of meetings.")
public enum MeetingOrder implements SortOrder {
    @Description("Latest first; meetings without a known date last.")
    HELD_ON_DESC(SortKey.byDate("t.held_on", true)),
    @Description("Earliest first; meetings without a known date first.")
    HELD_ON_ASC(SortKey.byDate("t.held_on", false));

    private final SortKey key;

    MeetingOrder(SortKey key) {
        this.key = key;
    }

    @Override
    public SortKey key() {
        return key;
    }
}
