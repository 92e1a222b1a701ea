package org.parley.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** One item of a page with the cursor that points at it; each list type has a named subclass. */
public abstract class Edge<T> {

    private final String cursor;
    private final T node;

    protected Edge(String cursor, T node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque cursor of this item; pass it as `after` to read the items that follow it.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The item.")
    public T getNode() {
        return node;
    }
}
