package org.parley.limits;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import java.util.Map;

/**
 * A GraphQL request that passed the gate: its parsed document (shared, never to be changed) and the operation to
 * run in it (null when the document names none such), what it costs, and whether the document is valid against the
 * schema (an invalid one is left to SmallRye GraphQL, which reports its errors).
 */
public record ParsedRequest(String operationName, Map<String, Object> variables, Document document,
        OperationDefinition operation, boolean valid, QueryCost cost) {

    /** The key under which the gate leaves the request in the routing context for the routes after it. */
    public static final String KEY = ParsedRequest.class.getName();
}
