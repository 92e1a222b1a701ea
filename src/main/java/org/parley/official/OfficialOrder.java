package org.parley.official;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortOrder;

@Enum("OfficialOrder")
@Description("Orders of a list of officials.")
public enum OfficialOrder implements SortOrder {
    @Description("By name, A to Z.")
    NAME_ASC("t.name", "text", false),
    @Description("In the order they were recorded, oldest first.")
    ID_ASC("t.id", "bigint", false),
    @Description("In the order they were recorded, newest first.")
    ID_DESC("t.id", "bigint", true);

    private final String key;
    private final String type;
    private final boolean descending;

    OfficialOrder(String key, String type, boolean descending) {
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
