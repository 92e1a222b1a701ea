package org.parley.official;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Connection;
import org.parley.graphql.Edge;
import org.parley.graphql.Page;

@Type("OfficialConnection")
@Description("A page of officials.")
public class OfficialConnection extends Connection<Official, OfficialConnection.OfficialEdge> {

    public OfficialConnection(Page<Official> page) {
        super(page, OfficialEdge::new);
    }

    @Type("OfficialEdge")
    @Description("An official and its cursor.")
    public static class OfficialEdge extends Edge<Official> {
        public OfficialEdge(String cursor, Official node) {
            super(cursor, node);
        }
    }
}
