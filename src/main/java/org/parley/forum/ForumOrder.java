package org.parley.forum;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortKey;
import org.parley.graphql.SortOrder;

@Enum("ForumOrder")
@Description("Orders of a list of forums.")
public enum ForumOrder implements SortOrder {
    @Description("Latest start first; forums without a known start date last.")
    START_DATE_DESC(SortKey.byDate("t.start_date", true)),
    @Description("Earliest start first; forums without a known start date first.")
    START_DATE_ASC(SortKey.byDate("t.start_date", false)),
    @Description("By name, A to Z.")
    NAME_ASC(SortKey.ascending("t.name", "text")),
    @Description("By edition, the first first, as a series' editions follow each other; editions of unknown number"
            + " first.")
    EDITION_ASC(SortKey.ascending("coalesce(t.edition, 0)", "integer"));

    private final SortKey key;

    ForumOrder(SortKey key) {
        this.key = key;
    }

    @Override
    public SortKey key() {
        return key;
    }
}
