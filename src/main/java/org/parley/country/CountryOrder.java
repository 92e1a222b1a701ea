package org.parley.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortKey;
import org.parley.graphql.SortOrder;

@Enum("CountryOrder")
@Description("Orders of a list of countries.")
public enum CountryOrder implements SortOrder {
    @Description("By name, A to Z.")
    NAME_ASC(SortKey.ascending("t.name", "text")),
    @Description("By ISO code, A to Z.")
    CODE_ASC(SortKey.ascending("t.code", "text"));

    private final SortKey key;

    CountryOrder(SortKey key) {
        this.key = key;
    }

    @Override
    public SortKey key() {
        return key;
    }
}
