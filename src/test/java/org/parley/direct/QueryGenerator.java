package org.parley.direct;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Writes random read queries over the served schema: nested selections of scalars and relations, aliases (among
 * them the same list twice under one parent with other arguments), inline and named fragments, {@code __typename},
 * {@code @include}/{@code @skip}, arguments from {@link ArgumentValues}, some of them as variables. Most queries
 * keep to the fields the single statement answers (so that both paths are compared), the others range over the
 * whole schema. Every query is valid; staying within the server's limits is checked by the caller.
 */
final class QueryGenerator {

    /** A generated operation and its variables; {@code refuses}: whether it holds a value the API refuses. */
    record Query(String document, Map<String, Object> variables, boolean refuses) {
    }

    /** Share of queries that select only what the single statement answers. */
    private static final int DIRECT_PERCENT = 85;
    private static final int MAX_DEPTH = 8;

    private final GraphQLSchema schema;
    private final Set<String> direct;
    private final Random random;
    private final ArgumentValues values;
    private Draft draft;

    /** @param direct the fields ({@code Type.field}) the single statement answers */
    QueryGenerator(GraphQLSchema schema, Set<String> direct, Random random, Samples samples) {
        this.schema = schema;
        this.direct = direct;
        this.random = random;
        this.values = new ArgumentValues(random, samples);
    }

    Query next() {
        draft = new Draft(random.nextInt(100) < DIRECT_PERCENT, random);
        values.nextQuery();
        StringBuilder body = new StringBuilder();
        selection(body, schema.getQueryType(), 0, 1 + (random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0));
        return new Query(draft.document(body), draft.variables(), values.refused());
    }

    /** Up to {@code wanted} selections on {@code type}, whose fields are at {@code depth + 1}. */
    private void selection(StringBuilder out, GraphQLObjectType type, int depth, int wanted) {
        out.append("{ ");
        int emitted = 0;
        for (int attempt = 0; attempt < wanted * 3 && emitted < wanted; attempt++) {
            int kind = random.nextInt(100);
            if (kind < 6) {
                out.append(draft.typename(type)).append(' ');
                emitted++;
            } else if (kind < 11) {
                out.append("... ").append(random.nextBoolean() ? "on " + type.getName() + " " : "")
                        .append(draft.directive());
                selection(out, type, depth, 1 + random.nextInt(3));
                emitted++;
            } else if (kind < 16) {
                out.append("...").append(fragment(type, depth)).append(' ');
                emitted++;
            } else if (draft.full()) {
                break;
            } else {
                GraphQLFieldDefinition field = pick(type, depth);
                if (field != null && field(out, type, field, depth + 1, false)) {
                    emitted++;
                    if (isList(field) && !field.getArguments().isEmpty() && random.nextInt(4) == 0) {
                        // the same list again under the same parent, with arguments of its own
                        field(out, type, field, depth + 1, true);
                    }
                }
            }
        }
        if (emitted == 0) {
            out.append(draft.typename(type)).append(' ');
        }
        out.append("} ");
    }

    /** A named fragment on {@code type} spread at {@code depth}: one written before, or a new one. */
    private String fragment(GraphQLObjectType type, int depth) {
        String known = draft.fragmentFor(type.getName(), depth);
        if (known != null && random.nextBoolean()) {
            return known;
        }
        StringBuilder body = new StringBuilder();
        selection(body, type, depth, 1 + random.nextInt(3));
        return draft.fragment(type.getName(), depth, body.toString());
    }

    /** A field of {@code type} to select at {@code depth + 1}, relations less often the deeper; null if none may be. */
    private GraphQLFieldDefinition pick(GraphQLObjectType type, int depth) {
        boolean relation = depth == 0 || random.nextInt(100) < Math.max(10, 70 - 15 * depth);
        List<GraphQLFieldDefinition> candidates = candidates(type, depth, relation);
        if (candidates.isEmpty()) {
            candidates = candidates(type, depth, !relation);
        }
        return candidates.isEmpty() ? null : candidates.get(random.nextInt(candidates.size()));
    }

    /** The fields of {@code type} that may be selected at {@code depth + 1}: relations (with room below) or leaves. */
    private List<GraphQLFieldDefinition> candidates(GraphQLObjectType type, int depth, boolean relation) {
        List<GraphQLFieldDefinition> candidates = new ArrayList<>();
        for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
            if (allowed(type, field) && isLeaf(field) != relation && (!relation || depth + 1 < MAX_DEPTH)) {
                candidates.add(field);
            }
        }
        return candidates;
    }

    private boolean allowed(GraphQLObjectType type, GraphQLFieldDefinition field) {
        String name = type.getName() + "." + field.getName();
        if (field.getName().endsWith("ForTest")) {
            return false; // the test package's own fields, which fail, sleep or take the database away on purpose
        }
        if (!draft.direct) {
            return true;
        }
        String typeName = type.getName();
        return direct.contains(name) || typeName.endsWith("Connection") || typeName.endsWith("Edge")
                || typeName.equals("PageInfo");
    }

    /**
     * Writes {@code field} of {@code parent} at {@code depth} with arguments and, for an object, a selection;
     * {@code again} asks for an alias and arguments drawn anew. False when it cannot be written (no value for a
     * required argument, no alias left where one is needed).
     */
    private boolean field(StringBuilder out, GraphQLObjectType parent, GraphQLFieldDefinition field, int depth,
            boolean again) {
        String resultName = ((GraphQLNamedOutputType) GraphQLTypeUtil.unwrapAll(field.getType())).getName();
        int mark = draft.mark();
        String arguments = arguments(field, resultName);
        String key = arguments == null ? null
                : draft.responseKey(parent.getName(), field, arguments, again || random.nextInt(12) == 0);
        if (key == null) {
            draft.rollback(mark);
            return false;
        }
        out.append(key.equals(field.getName()) ? "" : key + ": ").append(field.getName()).append(arguments)
                .append(' ').append(draft.directive());
        Object result = GraphQLTypeUtil.unwrapAll(field.getType());
        if (result instanceof GraphQLObjectType object) {
            selection(out, object, depth, 1 + random.nextInt(depth <= 2 ? 4 : 2));
        } else if (result instanceof GraphQLUnionType union) {
            members(out, union, union.getTypes().stream().map(GraphQLObjectType.class::cast).toList(), depth);
        } else if (result instanceof GraphQLInterfaceType face) {
            members(out, face, schema.getImplementations(face), depth);
        } else {
            out.append(' ');
        }
        return true;
    }

    /**
     * A union's or an interface's selection: one to three members, each in an inline fragment or a named one, and
     * maybe its type (and an interface's {@code id}, selected on the interface itself).
     */
    private void members(StringBuilder out, GraphQLNamedOutputType abstractType, List<GraphQLObjectType> possible,
            int depth) {
        List<GraphQLObjectType> members = new ArrayList<>(possible);
        Collections.shuffle(members, random);
        out.append("{ ");
        if (random.nextInt(4) == 0) {
            out.append(draft.typename(abstractType)).append(' ');
        }
        if (abstractType instanceof GraphQLInterfaceType && random.nextBoolean()) {
            out.append("id ");
        }
        int wanted = 1 + random.nextInt(3);
        for (GraphQLObjectType member : members.subList(0, wanted)) {
            if (random.nextInt(3) == 0) {
                out.append("...").append(fragment(member, depth)).append(' ');
            } else {
                out.append("... on ").append(member.getName()).append(' ');
                selection(out, member, depth, 1 + random.nextInt(3));
            }
        }
        out.append("} ");
    }

    /** The field's arguments as written, {@code ""} for none; null when a required one has no value. */
    private String arguments(GraphQLFieldDefinition field, String resultName) {
        Map<String, Object> chosen = new LinkedHashMap<>();
        // the order first: a cursor must belong to it
        String order = null;
        for (GraphQLArgument argument : field.getArguments()) {
            if (argument.getName().equals("orderBy") || argument.getName().equals("order")) {
                order = ArgumentValues.defaultEnum(argument);
                if (random.nextBoolean()) {
                    ArgumentValues.EnumValue value = (ArgumentValues.EnumValue) values.of(argument, resultName, null);
                    chosen.put(argument.getName(), value);
                    order = value.name();
                }
            }
        }
        // a page is read forward (first, after) or backward (last, before); now and then both, which is refused
        boolean pages = field.getArgument("last") != null;
        boolean backward = pages && random.nextInt(4) == 0;
        boolean mixed = pages && random.nextInt(25) == 0;
        StringBuilder written = new StringBuilder();
        for (GraphQLArgument argument : field.getArguments()) {
            boolean forwardArgument = argument.getName().equals("first") || argument.getName().equals("after");
            boolean backwardArgument = argument.getName().equals("last") || argument.getName().equals("before");
            if (!mixed && ((backward && forwardArgument) || (!backward && backwardArgument))) {
                continue;
            }
            boolean nullable = !(argument.getType() instanceof GraphQLNonNull);
            boolean required = !nullable && !argument.hasSetDefaultValue();
            Object value;
            if (chosen.containsKey(argument.getName())) {
                value = chosen.get(argument.getName());
            } else if (nullable && random.nextInt(40) == 0) {
                value = null; // given as null, which is not the same as left out
            } else if (required || random.nextInt(100) < chance(argument.getName())) {
                value = values.of(argument, resultName, order);
                if (value == null && required) {
                    return null;
                }
                if (value == null) {
                    continue;
                }
            } else {
                continue;
            }
            written.append(written.length() == 0 ? "(" : ", ").append(argument.getName()).append(": ")
                    .append(draft.argument(argument.getType(), value));
        }
        return written.length() == 0 ? "" : written.append(")").toString();
    }

    /** How often (in percent) an optional argument is given. */
    private static int chance(String argument) {
        return switch (argument) {
            case "first", "last" -> 60;
            case "after", "before" -> 30;
            case "filter" -> 35;
            // the lookups want them, though the schema lets them be left out
            case "id", "code" -> 100;
            default -> 50;
        };
    }

    private static boolean isLeaf(GraphQLFieldDefinition field) {
        return !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLObjectType)
                && !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLUnionType)
                && !(GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLInterfaceType);
    }

    private static boolean isList(GraphQLFieldDefinition field) {
        return GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(field.getType()));
    }
}
