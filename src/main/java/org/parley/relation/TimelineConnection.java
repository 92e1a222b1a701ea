package org.parley.relation;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Connection;
import org.parley.graphql.Edge;
import org.parley.graphql.Page;

@Type("TimelineConnection")
@Description("A page of a timeline between two countries.")
public class TimelineConnection extends Connection<TimelineEntry, TimelineConnection.TimelineEdge> {

    public TimelineConnection(Page<TimelineEntry> page) {
        super(page, TimelineEdge::new);
    }

    @Type("TimelineEdge")
    @Description("A timeline entry and its cursor.")
    public static class TimelineEdge extends Edge<TimelineEntry> {
        public TimelineEdge(String cursor, TimelineEntry node) {
            super(cursor, node);
        }
    }
}
