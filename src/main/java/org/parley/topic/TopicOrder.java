package org.parley.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortKey;
import org.parley.graphql.SortOrder;

@Enum("TopicOrder")
@Description("Orders of a list of topics.")
public enum TopicOrder implements SortOrder {
    @Description("By name, A to Z.")
    NAME_ASC(SortKey.ascending("t.name", "text"));

    private final SortKey key;

    TopicOrder(SortKey key) {
        this.key = key;
    }

    @Override
    public SortKey key() {
        return key;
    }
}
