package org.parley.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Connection;
import org.parley.graphql.Edge;
import org.parley.graphql.Page;

@Type("StatementConnection")
@Description("A page of statements.")
public class StatementConnection extends Connection<Statement, StatementConnection.StatementEdge> {

    public StatementConnection(Page<Statement> page) {
        super(page, StatementEdge::new);
    }

    @Type("StatementEdge")
    @Description("A statement and its cursor.")
    public static class StatementEdge extends Edge<Statement> {
        public StatementEdge(String cursor, Statement node) {
            super(cursor, node);
        }
    }
}
