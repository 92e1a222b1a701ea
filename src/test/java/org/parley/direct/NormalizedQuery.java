package org.parley.direct;

import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLSchema;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/** A generated query, validated and normalized the way the single statement reads it. */
record NormalizedQuery(QueryGenerator.Query query, GraphQLSchema schema, Document document,
        ExecutableNormalizedOperation operation) {

    static NormalizedQuery of(QueryGenerator.Query query, GraphQLSchema schema, Document document) {
        return new NormalizedQuery(query, schema, document, ExecutableNormalizedOperationFactory
                .createExecutableNormalizedOperationWithRawVariables(schema, document, null,
                        RawVariables.of(query.variables())));
    }

    /** The fields the query selects, as {@code Type.field}, without those it skips. */
    Set<String> fields() {
        Set<String> fields = new TreeSet<>();
        anyField(field -> {
            field.getObjectTypeNames().forEach(type -> fields.add(type + "." + field.getName()));
            return false;
        });
        return fields;
    }

    /** Whether any field of the query, at any depth, passes {@code test}. */
    boolean anyField(Predicate<ExecutableNormalizedField> test) {
        Deque<ExecutableNormalizedField> fields = new ArrayDeque<>(operation.getTopLevelFields());
        while (!fields.isEmpty()) {
            ExecutableNormalizedField field = fields.pop();
            if (test.test(field)) {
                return true;
            }
            fields.addAll(field.getChildren());
        }
        return false;
    }
}
