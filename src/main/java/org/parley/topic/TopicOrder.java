package org.parley.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;
import org.parley.graphql.SortOrder;

@Enum("TopicOrder")
@Description("Orders of a list of topics.")
public enum TopicOrder implements SortOrder {
    @Description("By name, A to Z.")
    NAME_ASC;

    @Override
    public String keyExpression() {
        return "t.name";
    }

    @Override
    public String keyType() {
        return "text";
    }

    @Override
    public boolean descending() {
        return false;
    }
}
