package org.parley.direct;

import graphql.GraphQLContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Differences between the single statement and the resolvers that are known and not fixed yet: {@link DifferentialTest}
 * draws another query instead of one that holds such a construct. Each entry names the defect and recognises exactly
 * its construct. Remove an entry when its defect is fixed, and the test compares that construct again.
 */
enum KnownDefect {

    /**
     * {@code search { score }}: the single statement writes PostgreSQL's real as PostgreSQL prints it (0.27705768),
     * the resolvers the double it becomes in Java (0.2770576775074005).
     */
    SEARCH_SCORE_DIGITS {
        @Override
        boolean heldBy(Query query) {
            return query.anyField(field -> field.getName().equals("score")
                    && field.getObjectTypeNames().contains("SearchHit"));
        }
    },

    /**
     * The members of a union ({@code search { node }}) selected so that a member's keys come in another order than
     * GraphQL's (by the selection as it applies to that member): the same key selected on several members, say
     * {@code node { ... on Official { name version } ... on Topic { version name } }}. The single statement writes
     * each member's keys in the order in which they first appear on any member ({@code name, version} for a topic),
     * the resolvers in the order of that member's own selection ({@code version, name}).
     */
    UNION_MEMBER_KEY_ORDER {
        @Override
        boolean heldBy(Query query) {
            return query.anyField(field -> query.unionOrderDiffers(field));
        }
    };

    /** Whether {@code query} holds this defect's construct. */
    abstract boolean heldBy(Query query);

    /** A generated query, validated and normalized the way the single statement reads it. */
    record Query(GraphQLSchema schema, Document document, ExecutableNormalizedOperation operation,
            Map<String, Object> variables) {

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
                        .objectType((GraphQLObjectType) member).fragments(fragments).variables(variables)
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
}
