package org.parley.direct;

import graphql.GraphQLContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.RawVariables;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.normalized.ExecutableNormalizedOperationFactory;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

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

    /**
     * Whether {@code field}, of a union type, has a member whose keys GraphQL orders otherwise than the normalized
     * operation does (the order of each key's first appearance on any member).
     */
    boolean unionOrderDiffers(ExecutableNormalizedField field) {
        GraphQLNamedOutputType type = (GraphQLNamedOutputType) GraphQLTypeUtil.unwrapAll(
                field.getFieldDefinitions(schema).get(0).getType());
        if (!(type instanceof GraphQLUnionType union)) {
            return false;
        }
        MergedField merged = operation.getMergedField(field);
        Map<String, FragmentDefinition> fragments = document.getDefinitionsOfType(FragmentDefinition.class)
                .stream().collect(Collectors.toMap(FragmentDefinition::getName, fragment -> fragment));
        for (var member : union.getTypes()) {
            FieldCollectorParameters parameters = FieldCollectorParameters.newParameters().schema(schema)
                    .objectType((GraphQLObjectType) member).fragments(fragments).variables(query.variables())
                    .graphQLContext(GraphQLContext.getDefault()).build();
            List<String> graphql = new FieldCollector().collectFields(parameters, merged).getKeys();
            List<String> normalized = field.getChildren().stream()
                    .filter(child -> child.getObjectTypeNames().contains(member.getName()))
                    .map(ExecutableNormalizedField::getResultKey).toList();
            if (!graphql.equals(normalized)) {
                return true;
            }
        }
        return false;
    }
}
