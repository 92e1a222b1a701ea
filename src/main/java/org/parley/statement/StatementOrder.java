package org.parley.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortOrder;

@Enum("StatementOrder")
@Description("Orders of a list of statements.")
public enum StatementOrder implements SortOrder {
    @Description("Latest first; statements without a known date last.")
    SAID_ON_DESC(true),
    @Description("Earliest first; statements without a known date first.")
    SAID_ON_ASC(false);

    private final boolean descending;

    StatementOrder(boolean descending) {
        this.descending = descending;
    }

    @Override
    public String keyExpression() {
        return "coalesce(t.said_on, '-infinity'::date)";
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
