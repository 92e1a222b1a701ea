package org.parley.official;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortKey;
import org.parley.graphql.SortOrder;

@Enum("OfficialOrder")
@Description("Orders of a list of officials.")
public enum OfficialOrder implements SortOrder {
    @Description("By name, A to Z.")
    NAME_ASC(SortKey.ascending("t.name", "text")),
    @Description("In the order they were recorded, oldest first.")
    ID_ASC(SortKey.ascending("t.id", "bigint")),
    @Description("In the order they were recorded, newest first.")
    ID_DESC(SortKey.descending("t.id", "bigint"));

    private final SortKey key;

    OfficialOrder(SortKey key) {
        this.key = key;
    }

    @Override
    public SortKey key() {
        return key;
    }
}
