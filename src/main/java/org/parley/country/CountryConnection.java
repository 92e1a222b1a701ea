package org.parley.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Connection;
import org.parley.graphql.Page;

@Type("CountryConnection")
@Description("A page of countries.")
public class CountryConnection extends Connection<Country, CountryConnection.CountryEdge> {

    public CountryConnection(Page<Country> page) {
        super(page, CountryEdge::new);
    }

    @Type("CountryEdge")
    @Description("A country and its cursor.")
    public static class CountryEdge extends org.parley.graphql.Edge<Country> {
        public CountryEdge(String cursor, Country node) {
            super(cursor, node);
        }
    }
}
