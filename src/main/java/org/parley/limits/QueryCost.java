package org.parley.limits;

import graphql.introspection.Introspection;
import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What an operation would cost, measured on its document before it runs: depth, fields with every fragment
 * expanded, aliases, directives and nodes (the product of the page sizes down each path, summed over the paths, as
 * GitHub's API counts them). Each fragment is measured once and reused wherever it is spread, so that a document
 * whose fragments spread each other twice over is measured in time linear in its size, not expanded. Counts saturate
 * at {@link Long#MAX_VALUE} instead of overflowing.
 *
 * @param introspection whether the operation asks about the schema and nothing else (GraphiQL's and code
 *        generators' introspection query), to be measured against the introspection budget
 * @param schemaAsked whether the operation asks for {@code __schema} or {@code __type} anywhere at its root
 */
public record QueryCost(long depth, long fields, long aliases, long directives, long nodes, boolean introspection,
        boolean schemaAsked) {

    private static final String FIRST = "first";
    private static final String IDS = "ids";
    private static final String LAST = "last";
    private static final String CONNECTION = "Connection";

    /** The measure of a selection set, relative to one instance of its parent. */
    private record Measure(long depth, long fields, long nodes) {
        static final Measure NONE = new Measure(0, 0, 0);

        Measure plus(Measure other) {
            return new Measure(Math.max(depth, other.depth), add(fields, other.fields), add(nodes, other.nodes));
        }
    }

    /**
     * Measures the operation named {@code operationName} (or the document's only one) of {@code document}, with the
     * request's {@code variables} for page sizes given as variables.
     *
     * @param defaultPageSize what a paged list without {@code first} returns
     * @param maxPageSize the largest page, to which a larger {@code first} is counted down (it is refused later)
     * @param unpagedListSize what a list without a {@code first} argument counts for
     */
    public static QueryCost of(Document document, String operationName, Map<String, Object> variables,
            GraphQLSchema schema, int defaultPageSize, int maxPageSize, int unpagedListSize) {
        Walker walker = new Walker(document, variables, schema, defaultPageSize, maxPageSize, unpagedListSize);
        OperationDefinition operation = operation(document, operationName);
        long aliases = 0;
        long directives = 0;
        Deque<Node<?>> nodes = new ArrayDeque<>();
        document.getDefinitions().forEach(nodes::push);
        while (!nodes.isEmpty()) {
            Node<?> node = nodes.pop();
            if (node instanceof Field field && field.getAlias() != null) {
                aliases++;
            }
            if (node instanceof DirectivesContainer<?> container) {
                directives += container.getDirectives().size();
            }
            if (node instanceof VariableDefinition variable) {
                directives += variable.getDirectives().size();
            }
            for (Node<?> child : node.getChildren()) {
                if (!(child instanceof Directive) && !(child instanceof Value<?>)) {
                    nodes.push(child);
                }
            }
        }
        if (operation == null) {
            return new QueryCost(0, 0, aliases, directives, 0, false, false);
        }
        GraphQLFieldsContainer root = switch (operation.getOperation()) {
            case MUTATION -> schema.getMutationType();
            case SUBSCRIPTION -> schema.getSubscriptionType();
            default -> schema.getQueryType();
        };
        Measure measure = walker.measure(operation.getSelectionSet(), root, false);
        Set<String> roots = new HashSet<>();
        walker.rootFields(operation.getSelectionSet(), roots, new HashSet<>());
        boolean schemaAsked = roots.contains("__schema") || roots.contains("__type");
        boolean introspection = schemaAsked && roots.stream().allMatch(name -> name.startsWith("__"));
        return new QueryCost(measure.depth, measure.fields, aliases, directives, measure.nodes, introspection,
                schemaAsked);
    }

    /**
     * Refuses an operation over any of {@code limits}, naming the first limit it exceeds and by how much. An
     * introspection-only operation is held to the introspection budget for depth and fields instead.
     *
     * @throws LimitExceededException on the first limit exceeded
     */
    public void check(RequestLimits limits) {
        if (schemaAsked && !limits.introspection().enabled()) {
            throw new LimitExceededException("introspection", 0, null, "Introspection is switched off on this "
                    + "server (parley.limits.introspection.enabled=false); the schema is not served.");
        }
        long maxDepth = introspection ? limits.introspection().depth() : limits.depth();
        long maxFields = introspection ? limits.introspection().fields() : limits.fields();
        String budget = introspection ? " (the budget of an introspection query)" : "";
        over("depth", depth, maxDepth, "The query nests fields " + depth + " deep, deeper than the " + maxDepth
                + " allowed" + budget + "; flatten it or split it into several queries.");
        over("fields", fields, maxFields, "The query selects " + fields + " fields with its fragments expanded, "
                + "more than the " + maxFields + " allowed" + budget + "; select fewer or split the query.");
        over("aliases", aliases, limits.aliases(), "The query uses " + aliases + " aliases, more than the "
                + limits.aliases() + " allowed; send several queries instead.");
        over("directives", directives, limits.directives(), "The query uses " + directives
                + " directives, more than the " + limits.directives() + " allowed.");
        if (!introspection) {
            over("nodes", nodes, limits.nodes(), "The query could return up to " + nodes + " objects (each "
                    + "list's page size multiplied down the tree, " + limits.unpagedListSize() + " for a list "
                    + "without `first`), more than the " + limits.nodes() + " allowed; ask for smaller pages (`first`) "
                    + "in nested lists and page through them.");
        }
    }

    private static void over(String limit, long actual, long maximum, String message) {
        if (actual > maximum) {
            throw new LimitExceededException(limit, maximum, actual, message);
        }
    }

    /** The operation to run: the one named, or the only one; null when there is none such. */
    public static OperationDefinition operation(Document document, String operationName) {
        OperationDefinition found = null;
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof OperationDefinition operation) {
                if (operationName == null || operationName.isEmpty()) {
                    if (found != null) {
                        return null;
                    }
                    found = operation;
                } else if (operationName.equals(operation.getName())) {
                    return operation;
                }
            }
        }
        return found;
    }

    private static final class Walker {
        private final Map<String, FragmentDefinition> fragments = new HashMap<>();
        private final Map<String, Measure> measured = new HashMap<>();
        private final Set<String> measuring = new HashSet<>();
        private final Map<String, Object> variables;
        private final Map<String, Value<?>> variableDefaults = new HashMap<>();
        private final GraphQLSchema schema;
        private final int defaultPageSize;
        private final int maxPageSize;
        private final int unpagedListSize;

        Walker(Document document, Map<String, Object> variables, GraphQLSchema schema, int defaultPageSize,
                int maxPageSize, int unpagedListSize) {
            for (Definition<?> definition : document.getDefinitions()) {
                if (definition instanceof FragmentDefinition fragment) {
                    fragments.putIfAbsent(fragment.getName(), fragment);
                } else if (definition instanceof OperationDefinition operation) {
                    for (VariableDefinition variable : operation.getVariableDefinitions()) {
                        if (variable.getDefaultValue() != null) {
                            variableDefaults.putIfAbsent(variable.getName(), variable.getDefaultValue());
                        }
                    }
                }
            }
            this.variables = variables == null ? Map.of() : variables;
            this.schema = schema;
            this.defaultPageSize = defaultPageSize;
            this.maxPageSize = maxPageSize;
            this.unpagedListSize = unpagedListSize;
        }

        /**
         * The selection set's measure below one instance of {@code parent}; {@code inConnection} tells that the
         * parent is a connection, whose {@code edges} and {@code nodes} lists were counted with the connection.
         */
        Measure measure(SelectionSet selectionSet, GraphQLType parent, boolean inConnection) {
            if (selectionSet == null) {
                return Measure.NONE;
            }
            Measure total = Measure.NONE;
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    total = total.plus(field(field, parent, inConnection));
                } else if (selection instanceof InlineFragment inline) {
                    GraphQLType type = inline.getTypeCondition() == null ? parent
                            : schema.getType(inline.getTypeCondition().getName());
                    total = total.plus(measure(inline.getSelectionSet(), type, inConnection));
                } else if (selection instanceof FragmentSpread spread) {
                    total = total.plus(fragment(spread.getName(), inConnection));
                }
            }
            return total;
        }

        private Measure fragment(String name, boolean inConnection) {
            String key = name + (inConnection ? "/connection" : "");
            Measure known = measured.get(key);
            if (known != null) {
                return known;
            }
            FragmentDefinition fragment = fragments.get(name);
            if (fragment == null || !measuring.add(key)) {
                return Measure.NONE; // unknown or cyclic: validation reports it
            }
            Measure measure = measure(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()),
                    inConnection);
            measuring.remove(key);
            measured.put(key, measure);
            return measure;
        }

        private Measure field(Field field, GraphQLType parent, boolean inConnection) {
            GraphQLFieldDefinition definition = definition(field.getName(), parent);
            if (definition == null) {
                return new Measure(1, 1, 0);
            }
            GraphQLOutputType type = definition.getType();
            if (field.getSelectionSet() == null) {
                // a leaf: a list of values counts as its length (a page size where it takes `first`)
                boolean values = GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList && !inConnection;
                long size = !values ? 0 : definition.getArgument(FIRST) != null ? pageSize(field, definition)
                        : unpagedListSize;
                return new Measure(1, 1, size);
            }
            GraphQLNamedType inner = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
            boolean connection = inner.getName().endsWith(CONNECTION) && !(GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList);
            boolean list = GraphQLTypeUtil.unwrapNonNull(type) instanceof GraphQLList;
            long size;
            if (connection) {
                size = pageSize(field, definition);
            } else if (list && !inConnection) {
                size = definition.getArgument(FIRST) != null ? pageSize(field, definition)
                        : definition.getArgument(IDS) != null ? idCount(field) : unpagedListSize;
            } else {
                size = 1;
            }
            Measure below = measure(field.getSelectionSet(), inner, connection);
            long nodes = add(connection || (list && !inConnection) ? size : 0, multiply(size, below.nodes));
            return new Measure(add(below.depth, 1), add(below.fields, 1), nodes);
        }

        private GraphQLFieldDefinition definition(String name, GraphQLType parent) {
            if (name.equals(Introspection.SchemaMetaFieldDef.getName())) {
                return Introspection.SchemaMetaFieldDef;
            }
            if (name.equals(Introspection.TypeMetaFieldDef.getName())) {
                return Introspection.TypeMetaFieldDef;
            }
            return parent instanceof GraphQLFieldsContainer container ? container.getFieldDefinition(name) : null;
        }

        /** How many IDs a list by IDs ({@code nodes(ids)}) asks for, counted down to the largest page. */
        private long idCount(Field field) {
            long count = unpagedListSize;
            for (Argument argument : field.getArguments()) {
                if (!argument.getName().equals(IDS)) {
                    continue;
                }
                if (argument.getValue() instanceof ArrayValue literal) {
                    count = literal.getValues().size();
                } else if (argument.getValue() instanceof VariableReference reference
                        && variables.get(reference.getName()) instanceof java.util.List<?> given) {
                    count = given.size();
                }
            }
            return Math.min(count, maxPageSize);
        }

        /** The page size asked for, counted down to the largest page (a larger one is refused as bad input). */
        private long pageSize(Field field, GraphQLFieldDefinition definition) {
            Long asked = null;
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals(FIRST) || argument.getName().equals(LAST)) {
                    Long given = intValue(argument.getValue());
                    if (given != null && (asked == null || given > asked)) {
                        asked = given;
                    }
                }
            }
            if (asked == null) {
                GraphQLArgument argument = definition.getArgument(FIRST);
                Object declared = argument == null || !argument.hasSetDefaultValue() ? null
                        : argument.getArgumentDefaultValue().getValue();
                asked = declared instanceof Number number ? number.longValue() : (long) defaultPageSize;
            }
            return Math.max(0, Math.min(asked, maxPageSize));
        }

        private Long intValue(Value<?> value) {
            if (value instanceof IntValue literal) {
                return literal.getValue().min(java.math.BigInteger.valueOf(Long.MAX_VALUE)).longValue();
            }
            if (value instanceof VariableReference reference) {
                Object given = variables.get(reference.getName());
                if (given instanceof Number number) {
                    return number.longValue();
                }
                if (given == null && !variables.containsKey(reference.getName())) {
                    Value<?> fallback = variableDefaults.get(reference.getName());
                    return fallback == null ? null : intValue(fallback);
                }
            }
            return null;
        }

        /** Collects the names of the operation's root fields, through fragments. */
        void rootFields(SelectionSet selectionSet, Set<String> names, Set<String> seen) {
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    names.add(field.getName());
                } else if (selection instanceof InlineFragment inline) {
                    rootFields(inline.getSelectionSet(), names, seen);
                } else if (selection instanceof FragmentSpread spread) {
                    FragmentDefinition fragment = fragments.get(spread.getName());
                    if (fragment != null && seen.add(spread.getName())) {
                        rootFields(fragment.getSelectionSet(), names, seen);
                    }
                }
            }
        }
    }

    private static long add(long a, long b) {
        long sum = a + b;
        return sum < 0 ? Long.MAX_VALUE : sum;
    }

    private static long multiply(long a, long b) {
        return a == 0 || b == 0 ? 0 : (a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b);
    }
}
