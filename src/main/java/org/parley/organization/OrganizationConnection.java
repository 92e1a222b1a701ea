package org.parley.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Connection;
import org.parley.graphql.Edge;
import org.parley.graphql.Page;

@Type("OrganizationConnection")
@Description("A page of organisations.")
public class OrganizationConnection extends Connection<Organization, OrganizationConnection.OrganizationEdge> {

    public OrganizationConnection(Page<Organization> page) {
        super(page, OrganizationEdge::new);
    }

    @Type("OrganizationEdge")
    @Description("An organisation and its cursor.")
    public static class OrganizationEdge extends Edge<Organization> {
        public OrganizationEdge(String cursor, Organization node) {
            super(cursor, node);
        }
    }
}
