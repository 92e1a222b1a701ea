package org.parley.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Connection;
import org.parley.graphql.Edge;
import org.parley.graphql.Page;

@Type("MeetingConnection")
@Description("A page of meetings.")
public class MeetingConnection extends Connection<BilateralMeeting, MeetingConnection.MeetingEdge> {

    public MeetingConnection(Page<BilateralMeeting> page) {
        super(page, MeetingEdge::new);
    }

    @Type("MeetingEdge")
    @Description("A meeting and its cursor.")
    public static class MeetingEdge extends Edge<BilateralMeeting> {
        public MeetingEdge(String cursor, BilateralMeeting node) {
            super(cursor, node);
        }
    }
}
