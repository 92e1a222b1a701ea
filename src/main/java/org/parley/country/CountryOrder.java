package org.parley.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortOrder;

@Enum("CountryOrder")
@Description("Orders of a list of countries.")
public enum CountryOrder implements SortOrder {
    @Description("By name, A to Z.")
    NAME_ASC("t.name", "text", false),
    @Description("By ISO code, A to Z.")
    CODE_ASC("t.code", "text", false);

    private final String key;
    private final String type;
    private final boolean descending;

    CountryOrder(String key, String type, boolean descending) {
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
