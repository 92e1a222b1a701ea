package org.parley.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("TopicFilter")
@Description("Narrows a list of topics.")
public class TopicFilter {

    @Description("Only topics whose name contains this text (case-insensitive).")
    public String nameContains;
}
