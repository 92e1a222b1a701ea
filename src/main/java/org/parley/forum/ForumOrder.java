package org.parley.forum;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortOrder;

@Enum("ForumOrder")
@Description("Orders of a list of forums.")
public enum ForumOrder implements SortOrder {
    @Description("Latest start first; forums without a known start date last.")
    START_DATE_DESC("coalesce(t.start_date, '-infinity'::date)", "date", true),
    @Description("Earliest start first; forums without a known start date first.")
    START_DATE_ASC("coalesce(t.start_date, '-infinity'::date)", "date", false),
    @Description("By name, A to Z.")
    NAME_ASC("t.name", "text", false);

    private final String key;
    private final String type;
    private final boolean descending;

    ForumOrder(String key, String type, boolean descending) {
        this.key = key;
        this.type = type;
        this.descending = descending;
    }

    @Override
    public String keyExpression() {
        return key;
    }

    @Override
    public String keyType() {
        return type;
    }

    @Override
    public boolean descending() {
        return descending;
    }
}
