package org.parley.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.ApplicationScoped;

/** What the client selected below the field being resolved, so that a query joins only the relations asked for. */
@ApplicationScoped
public class Selection {

    private final Context context;

    public Selection(Context context) {
        this.context = context;
    }

    /**
     * Whether the client selected {@code field} on the items the current field returns: on the object itself, on a
     * list's items, or on a connection's nodes or edges.
     */
    public boolean selects(String field) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        if (env == null) {
            return true;
        }
        var selected = env.getSelectionSet();
        return selected.contains(field) || selected.contains("nodes/" + field) || selected.contains("edges/node/" + field);
    }
}
