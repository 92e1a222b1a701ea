package org.parley.direct;

import com.fasterxml.jackson.databind.JsonNode;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a differential run compared: how many queries the single statement answered, which fields the queries
 * selected (of all that a read can reach) and which of those the single statement answered (of all it declares).
 */
final class Coverage {

    private final Set<String> readable = new TreeSet<>();
    private final Set<String> declared;
    private final Set<String> selected = new TreeSet<>();
    private final Set<String> selectedDirect = new TreeSet<>();
    private int queries;
    private int direct;
    private int withErrors;
    private int overLimits;
    private int invalidByValue;
    private final Map<String, Integer> errorCodes = new TreeMap<>();
    private final Map<KnownDefect, Integer> avoided = new EnumMap<>(KnownDefect.class);

    Coverage(GraphQLSchema schema, Set<String> declared) {
        this.declared = declared;
        Deque<GraphQLType> types = new ArrayDeque<>();
        Set<String> seen = new TreeSet<>();
        types.push(schema.getQueryType());
        while (!types.isEmpty()) {
            GraphQLType type = types.pop();
            if (type instanceof GraphQLUnionType union) {
                union.getTypes().forEach(types::push);
            } else if (type instanceof GraphQLObjectType object && seen.add(object.getName())) {
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    readable.add(object.getName() + "." + field.getName());
                    types.push(GraphQLTypeUtil.unwrapAll(field.getType()));
                }
            }
        }
    }

    void answered(NormalizedQuery query, boolean singleStatement, JsonNode errors) {
        queries++;
        Set<String> fields = query.fields();
        selected.addAll(fields);
        if (singleStatement) {
            direct++;
            selectedDirect.addAll(fields);
        }
        if (errors != null) {
            withErrors++;
            errors.forEach(error -> errorCodes.merge(error.path("extensions").path("code").asText()
                    + ": " + error.path("message").asText().replaceAll("'[^']*'|\\d+", "_"), 1, Integer::sum));
        }
    }

    /** A generated query that was over a limit and drawn again. */
    void overLimits() {
        overLimits++;
    }

    /**
     * A generated query whose refused value is written in the document (an impossible date, say), which makes the
     * document itself invalid: both ways leave it to graphql-java's validation, so there is nothing to compare.
     */
    void invalidByValue() {
        invalidByValue++;
    }

    /** A generated query that held a known defect and was drawn again. */
    void avoided(KnownDefect defect) {
        avoided.merge(defect, 1, Integer::sum);
    }

    double singleStatementShare() {
        return queries == 0 ? 0 : (double) direct / queries;
    }

    String summary() {
        Set<String> notSelected = new TreeSet<>(readable);
        notSelected.removeAll(selected);
        Set<String> notDirect = new TreeSet<>(declared);
        notDirect.removeAll(selectedDirect);
        return String.format("%d queries, %d (%.0f%%) answered by the single statement, %d with errors (%s), %d drawn"
                + " again for being over a limit, %d drawn again for a refused value that invalidates the document, drawn again for holding a known defect: %s; fields selected: %d of"
                + " the %d a read can reach (never: %s); fields the single statement answered: %d of the %d it"
                + " declares (never: %s)",
                queries, direct, 100 * singleStatementShare(), withErrors, errorCodes, overLimits, invalidByValue, avoided,
                selected.stream().filter(readable::contains).count(), readable.size(), notSelected,
                selectedDirect.stream().filter(declared::contains).count(), declared.size(), notDirect);
    }
}
