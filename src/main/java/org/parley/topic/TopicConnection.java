package org.parley.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Connection;
import org.parley.graphql.Edge;
import org.parley.graphql.Page;

@Type("TopicConnection")
@Description("A page of topics.")
public class TopicConnection extends Connection<Topic, TopicConnection.TopicEdge> {

    public TopicConnection(Page<Topic> page) {
        super(page, TopicEdge::new);
    }

    @Type("TopicEdge")
    @Description("A topic and its cursor.")
    public static class TopicEdge extends Edge<Topic> {
        public TopicEdge(String cursor, Topic node) {
            super(cursor, node);
        }
    }
}
