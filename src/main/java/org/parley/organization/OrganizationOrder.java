package org.parley.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortKey;
import org.parley.graphql.SortOrder;

@Enum("OrganizationOrder")
@Description("Orders of a list of organisations.")
public enum OrganizationOrder implements SortOrder {
    @Description("By name, A to Z.")
    NAME_ASC(SortKey.ascending("t.name", "text"));

    private final SortKey key;

    OrganizationOrder(SortKey key) {
        this.key = key;
    }

    @Override
    public SortKey key() {
        return key;
    }
}
