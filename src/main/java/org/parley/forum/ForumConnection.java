package org.parley.forum;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Connection;
import org.parley.graphql.Edge;
import org.parley.graphql.Page;

@Type("ForumConnection")
@Description("A page of forums.")
public class ForumConnection extends Connection<Forum, ForumConnection.ForumEdge> {

    public ForumConnection(Page<Forum> page) {
        super(page, ForumEdge::new);
    }

    @Type("ForumEdge")
    @Description("A forum and its cursor.")
    public static class ForumEdge extends Edge<Forum> {
        public ForumEdge(String cursor, Forum node) {
            super(cursor, node);
        }
    }
}
