package org.parley.graphql;

import graphql.schema.GraphQLSchema;

/** The executable schema SmallRye built, as it serves it (with Parley's fetchers), for code that reads it directly. */
public final class ServedSchema {

    private static volatile GraphQLSchema current;

    private ServedSchema() {
    }

    static void set(GraphQLSchema schema) {
        current = schema;
    }

    /** The schema, or null before SmallRye has built it. */
    public static GraphQLSchema get() {
        return current;
    }
}
