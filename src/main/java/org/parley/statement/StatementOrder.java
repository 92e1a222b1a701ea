package org.parley.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortKey;
import org.parley.graphql.SortOrder;

@Enum("StatementOrder")
@Description("Orders of a list of statements.")
public enum StatementOrder implements SortOrder {
    @Description("Latest first; statements without a known date last.")
    SAID_ON_DESC(SortKey.byDate("t.said_on", true)),
    @Description("Earliest first; statements without a known date first.")
    SAID_ON_ASC(SortKey.byDate("t.said_on", false));

    private final SortKey key;

    StatementOrder(SortKey key) {
        this.key = key;
    }

    @Override
    public SortKey key() {
        return key;
    }
}
