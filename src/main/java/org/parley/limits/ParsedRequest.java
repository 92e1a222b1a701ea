package org.parley.limits;

import graphql.language.Document;
import java.util.Map;

/**
 * A GraphQL request that passed the gate: its text, its parsed document (shared, never to be changed), what it
 * costs, and whether the document is valid against the schema (an invalid one is left to SmallRye GraphQL, which
 * reports its errors).
 */
public record ParsedRequest(String query, String operationName, Map<String, Object> variables, Document document,
        boolean valid, QueryCost cost) {

    /** The key under which the gate leaves the request in the routing context for the routes after it. */
    public static final String KEY = ParsedRequest.class.getName();
}
