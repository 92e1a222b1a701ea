package org.parley.limits;

import graphql.language.Document;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.language.ListType;
import graphql.language.NonNullType;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.parley.graphql.BadUserInputException;

/**
 * Values in a document or its variables that no field can take, refused with an error that says so before anything
 * runs: GraphQL's Int is a signed 32-bit integer, and a larger one (written in the document or given for an Int
 * variable) would otherwise be cut down to 32 bits or fail deep in execution; PostgreSQL cannot hold a NUL
 * character in text, in a string literal or a variable.
 */
final class InputValues {

    private static final BigInteger MIN = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX = BigInteger.valueOf(Integer.MAX_VALUE);

    private InputValues() {
    }

    /** What is wrong with a value written in {@code document}, or null when nothing is. */
    static BadUserInputException literalProblem(Document document) {
        Deque<Node<?>> nodes = new ArrayDeque<>();
        document.getDefinitions().forEach(nodes::push);
        while (!nodes.isEmpty()) {
            Node<?> node = nodes.pop();
            if (node instanceof IntValue literal && outOfRange(literal.getValue())) {
                return outOfRange(BadUserInputException.quote(literal.getValue().toString()), "in the query");
            }
            if (node instanceof StringValue literal && literal.getValue().indexOf('\u0000') >= 0) {
                return new BadUserInputException("A string in the query holds a NUL character (U+0000), which the "
                        + "database cannot store or compare; remove it and send the request again.");
            }
            node.getChildren().forEach(nodes::push);
        }
        return null;
    }

    /** Refuses a variable that holds a NUL character, or a value given for an Int variable that is not an Int. */
    static void checkVariables(OperationDefinition operation, Map<String, Object> variables) {
        if (variables == null || variables.isEmpty()) {
            return;
        }
        if (holdsNul(variables)) {
            throw new BadUserInputException("A variable holds a NUL character (U+0000), which the database cannot "
                    + "store or compare; remove it and send the request again.");
        }
        if (operation == null) {
            return;
        }
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            if (isInt(definition.getType()) && holdsOutOfRange(variables.get(definition.getName()))) {
                throw new BadUserInputException("The value given for the variable $" + definition.getName()
                        + " is not an Int: an Int is a whole number between " + Integer.MIN_VALUE + " and "
                        + Integer.MAX_VALUE + ".");
            }
        }
    }

    private static boolean holdsNul(Object value) {
        if (value instanceof String text) {
            return text.indexOf('\u0000') >= 0;
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().anyMatch(entry -> holdsNul(entry.getKey()) || holdsNul(entry.getValue()));
        }
        return value instanceof List<?> list && list.stream().anyMatch(InputValues::holdsNul);
    }

    private static boolean isInt(Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return isInt(nonNull.getType());
        }
        if (type instanceof ListType list) {
            return isInt(list.getType());
        }
        return type instanceof TypeName name && name.getName().equals("Int");
    }

    private static boolean holdsOutOfRange(Object value) {
        if (value instanceof List<?> items) {
            return items.stream().anyMatch(InputValues::holdsOutOfRange);
        }
        if (value instanceof Number number) {
            double asDouble = number.doubleValue();
            return asDouble > Integer.MAX_VALUE || asDouble < Integer.MIN_VALUE || asDouble != Math.rint(asDouble);
        }
        return false;
    }

    private static boolean outOfRange(BigInteger value) {
        return value.compareTo(MAX) > 0 || value.compareTo(MIN) < 0;
    }

    private static BadUserInputException outOfRange(String value, String where) {
        return new BadUserInputException("The Int " + value + " " + where + " is out of range: an Int is between "
                + Integer.MIN_VALUE + " and " + Integer.MAX_VALUE + ".");
    }
}
