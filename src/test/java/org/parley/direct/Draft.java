package org.parley.direct;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * One query as {@link QueryGenerator} writes it: its variables, named fragments and aliases, and the response keys
 * used so far, so that two fields with one key can always be merged (GraphQL's rule): under the same type they are
 * the same field with the same arguments, under two types they have the same type; otherwise the second gets an
 * alias of its own.
 */
final class Draft {

    private static final int MAX_ALIASES = 12;
    private static final int MAX_FIELDS = 60;

    /** A field written under a response key. */
    private record Use(String parent, String field, String arguments, String type) {

        boolean mergesWith(Use other) {
            return parent.equals(other.parent) ? field.equals(other.field) && arguments.equals(other.arguments)
                    : type.equals(other.type);
        }
    }

    private record Fragment(String name, int depth) {
    }

    /** Whether the query keeps to the fields the single statement answers. */
    final boolean direct;
    private final Random random;
    private final Map<String, Object> variables = new LinkedHashMap<>();
    private final List<String> variableDefinitions = new ArrayList<>();
    private final Map<String, List<Fragment>> fragments = new HashMap<>();
    private final StringBuilder fragmentText = new StringBuilder();
    private final Map<String, List<Use>> keys = new HashMap<>();
    private int aliases;
    private int selections;

    Draft(boolean direct, Random random) {
        this.direct = direct;
        this.random = random;
    }

    /** The operation with its variables and fragments. */
    String document(StringBuilder body) {
        String definitions = variableDefinitions.isEmpty() ? "" : "(" + String.join(", ", variableDefinitions) + ")";
        String operation = definitions.isEmpty() && random.nextInt(3) == 0 ? "" : "query Generated" + definitions + " ";
        return operation + body.toString().strip() + fragmentText;
    }

    Map<String, Object> variables() {
        return variables;
    }

    boolean full() {
        return selections >= MAX_FIELDS;
    }

    /**
     * The response key for {@code field} of {@code parent} with {@code arguments} (as written): its name when that
     * merges with every earlier use of the name, else (or when {@code alias} asks for one) a fresh alias; null when
     * an alias is needed and none is left.
     */
    String responseKey(String parent, GraphQLFieldDefinition field, String arguments, boolean alias) {
        Use use = new Use(parent, field.getName(), arguments, GraphQLTypeUtil.simplePrint(field.getType()));
        List<Use> earlier = keys.getOrDefault(field.getName(), List.of());
        String key = field.getName();
        if (alias || !earlier.stream().allMatch(use::mergesWith)) {
            if (aliases >= MAX_ALIASES) {
                return null;
            }
            key = "a" + ++aliases;
        }
        keys.computeIfAbsent(key, k -> new ArrayList<>()).add(use);
        selections++;
        return key;
    }

    /** What {@link #rollback} returns to: the variables defined so far. */
    int mark() {
        return variableDefinitions.size();
    }

    /** Forgets the variables defined since {@code mark}, for a field that is not written after all. */
    void rollback(int mark) {
        while (variableDefinitions.size() > mark) {
            variables.remove("v" + variableDefinitions.size());
            variableDefinitions.remove(variableDefinitions.size() - 1);
        }
    }

    /** {@code __typename} on {@code type}, now and then under an alias. */
    String typename(GraphQLNamedType type) {
        selections++;
        if (aliases < MAX_ALIASES && random.nextInt(8) == 0) {
            return "a" + ++aliases + ": __typename";
        }
        return "__typename";
    }

    /** A fragment with {@code body} on {@code type}, first spread at {@code depth}; returns its name. */
    String fragment(String type, int depth, String body) {
        String name = "F" + (fragments.values().stream().mapToInt(List::size).sum() + 1);
        fragmentText.append("\nfragment ").append(name).append(" on ").append(type).append(' ').append(body.strip());
        fragments.computeIfAbsent(type, k -> new ArrayList<>()).add(new Fragment(name, depth));
        return name;
    }

    /** A fragment on {@code type} that may be spread at {@code depth} (as deep as it was first or less), or null. */
    String fragmentFor(String type, int depth) {
        List<Fragment> usable = fragments.getOrDefault(type, List.of()).stream()
                .filter(fragment -> fragment.depth() >= depth).toList();
        return usable.isEmpty() ? null : usable.get(random.nextInt(usable.size())).name();
    }

    /** Now and then {@code @include} or {@code @skip}, with a literal or a variable; mostly nothing. */
    String directive() {
        if (random.nextInt(25) > 0) {
            return "";
        }
        String name = random.nextBoolean() ? "include" : "skip";
        boolean value = random.nextInt(3) > 0 == name.equals("include");
        if (random.nextBoolean()) {
            return "@" + name + "(if: " + value + ") ";
        }
        String variable = variable("Boolean!");
        variables.put(variable, value);
        return "@" + name + "(if: $" + variable + ") ";
    }

    /**
     * {@code value} for an argument of {@code type}: mostly written in the document, sometimes as a variable (given,
     * or left to its default value, or left out where it may be).
     */
    String argument(GraphQLInputType type, Object value) {
        if (random.nextInt(4) > 0) {
            return literal(value);
        }
        String variable = variable(GraphQLTypeUtil.simplePrint(type));
        int how = random.nextInt(12);
        if (how == 0 && value != null) {
            int last = variableDefinitions.size() - 1;
            variableDefinitions.set(last, variableDefinitions.get(last) + " = " + literal(value));
        } else if (how > 1 || type instanceof GraphQLNonNull) {
            variables.put(variable, json(value));
        }
        return "$" + variable;
    }

    private String variable(String type) {
        String name = "v" + (variableDefinitions.size() + 1);
        variableDefinitions.add("$" + name + ": " + type);
        return name;
    }

    /** A value in GraphQL's syntax. */
    static String literal(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            StringBuilder quoted = new StringBuilder("\"");
            for (char c : text.toCharArray()) {
                if (c == '"' || c == '\\') {
                    quoted.append('\\').append(c);
                } else if (c < 0x20) {
                    quoted.append(String.format("\\u%04x", (int) c));
                } else {
                    quoted.append(c);
                }
            }
            return quoted.append('"').toString();
        }
        if (value instanceof ArgumentValues.EnumValue enumValue) {
            return enumValue.name();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Draft::literal).collect(Collectors.joining(", ", "[", "]"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> entry.getKey() + ": " + literal(entry.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        return value.toString();
    }

    /** A value as JSON variables carry it: enum values as their names. */
    private static Object json(Object value) {
        if (value instanceof ArgumentValues.EnumValue enumValue) {
            return enumValue.name();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Draft::json).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> converted = new LinkedHashMap<>();
            map.forEach((key, entry) -> converted.put(key, json(entry)));
            return converted;
        }
        return value;
    }
}
