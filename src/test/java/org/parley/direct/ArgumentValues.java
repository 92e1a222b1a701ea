package org.parley.direct;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Draws the value of an argument from its name and type: IDs of the type the name implies, cursors of the order the
 * field is read in, names, codes and dates seen in earlier answers, page sizes around the interesting bounds, and
 * now and then a value the API refuses (its error must then be the same both ways).
 */
final class ArgumentValues {

    /** An enum value, written bare in a document and as a string in variables. */
    record EnumValue(String name) {
    }

    private static final int[] PAGE_SIZES = {1, 1, 2, 2, 3, 3, 4, 5, 7, 10, 20, 50, 100};
    private final Random random;
    private final Samples samples;
    /** Values the API refuses that the query may still hold: an error anywhere fails the whole query. */
    private int refusals;
    private boolean refused;

    ArgumentValues(Random random, Samples samples) {
        this.random = random;
        this.samples = samples;
    }

    /** Starts a query, which holds one value the API refuses (or an ID of another type) one time in ten. */
    void nextQuery() {
        refusals = random.nextInt(10) == 0 ? 1 : 0;
        refused = false;
    }

    /** Whether the query drew a value the API refuses. */
    boolean refused() {
        return refused;
    }

    /** Whether to draw a value the API refuses now, while the query may still hold one. */
    private boolean refuse() {
        if (refusals > 0 && random.nextInt(3) == 0) {
            refusals--;
            refused = true;
            return true;
        }
        return false;
    }

    /**
     * A value for {@code argument} of a field whose result is {@code resultType}, read in the order {@code order}
     * (the name of a sort order, for a cursor); null when there is nothing to draw from yet.
     */
    Object of(GraphQLArgument argument, String resultType, String order) {
        return value(argument.getName(), argument.getType(), resultType, order);
    }

    /** The default value of {@code argument} as an enum name, or null. */
    static String defaultEnum(GraphQLArgument argument) {
        return argument.hasSetDefaultValue() && argument.getArgumentDefaultValue().getValue() != null
                ? argument.getArgumentDefaultValue().getValue().toString() : null;
    }

    private Object value(String name, GraphQLInputType type, String resultType, String order) {
        GraphQLInputType bare = (GraphQLInputType) GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            GraphQLInputType element = (GraphQLInputType) list.getWrappedType();
            int size = name.equals("betweenCountries") ? 2 : 1 + random.nextInt(2);
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                Object value = value(name, element, resultType, order);
                if (value == null && element instanceof GraphQLNonNull) {
                    return null;
                }
                values.add(value);
            }
            return values;
        }
        if (bare instanceof GraphQLEnumType enumType) {
            List<GraphQLEnumValueDefinition> values = enumType.getValues();
            return new EnumValue(values.get(random.nextInt(values.size())).getName());
        }
        if (bare instanceof GraphQLInputObjectType input) {
            return inputObject(input, resultType);
        }
        return scalar(name, ((GraphQLScalarType) bare).getName(), resultType, order);
    }

    /** One to three of the input object's fields; a filter that matches something more often than not. */
    private Map<String, Object> inputObject(GraphQLInputObjectType input, String resultType) {
        Map<String, Object> fields = new LinkedHashMap<>();
        List<GraphQLInputObjectField> all = new ArrayList<>(input.getFields());
        int wanted = random.nextInt(10) < 6 ? 1 : 1 + random.nextInt(3);
        for (int i = 0; i < wanted && !all.isEmpty(); i++) {
            GraphQLInputObjectField field = all.remove(random.nextInt(all.size()));
            Object value = value(field.getName(), field.getType(), resultType, null);
            if (value != null) {
                fields.put(field.getName(), value);
            }
        }
        return fields;
    }

    private Object scalar(String name, String scalar, String resultType, String order) {
        boolean refused = refuse();
        switch (scalar) {
            case "Int":
                return integer(name, refused);
            case "Boolean":
                return random.nextBoolean();
            case "Date":
                return refused ? "2021-02-30" : date();
            case "ID":
                return refused ? "not-an-id" : id(name, resultType);
            default:
                return string(name, order, refused);
        }
    }

    private Integer integer(String name, boolean refused) {
        return switch (name) {
            case "first", "last" -> refused ? (random.nextBoolean() ? 0 : 101) : PAGE_SIZES[random.nextInt(PAGE_SIZES.length)];
            case "maxHops" -> refused ? 7 : 1 + random.nextInt(6);
            case "maxNodes" -> 1 + random.nextInt(30);
            default -> random.nextInt(10);
        };
    }

    private String date() {
        String seen = samples.date(random);
        return seen != null && random.nextInt(4) > 0 ? seen
                : String.format(Locale.ROOT, "20%02d-%02d-%02d", 14 + random.nextInt(12), 1 + random.nextInt(12),
                        1 + random.nextInt(28));
    }

    /** An ID of the type the argument's name implies ({@code speakerIds}: officials), else of the field's type. */
    private String id(String name, String resultType) {
        String lower = name.toLowerCase(Locale.ROOT);
        String type = lower.contains("countr") ? "Country"
                : lower.contains("organization") || lower.contains("publisher") || lower.equals("parentid")
                        ? "Organization"
                : lower.contains("official") || lower.contains("speaker") ? "Official"
                : lower.contains("topic") ? "Topic"
                : lower.contains("forum") ? "Forum"
                : lower.contains("meeting") ? "Meeting"
                : lower.contains("article") ? "Article"
                // node(id) and nodes(ids): an ID of any type
                : resultType.equals("Node") ? List.of("Country", "Official", "Topic", "Statement", "Forum",
                        "Meeting", "Article", "Organization").get(random.nextInt(8))
                : resultType;
        if (refuse()) {
            // an ID of another type: refused, or nothing found
            type = List.of("Country", "Official", "Topic", "Statement").get(random.nextInt(4));
        }
        return samples.id(random, type);
    }

    private String string(String name, String order, boolean refused) {
        switch (name) {
            case "after", "before":
                if (refused) {
                    return random.nextBoolean() ? "bm90LWEtY3Vyc29y" : samples.anyCursor(random);
                }
                return samples.cursor(random, order);
            case "code":
            case "codes":
                return samples.code(random);
            case "query":
                return searchText(refused);
            default:
                return part(samples.name(random));
        }
    }

    /** A search: one or two words seen in names, now and then in other capitals or a blank query (refused). */
    private String searchText(boolean refused) {
        if (refused) {
            return " ";
        }
        String text = samples.word(random);
        if (text != null && random.nextBoolean()) {
            String more = samples.word(random);
            text = more == null ? text : text + " " + more;
        }
        return text == null || random.nextInt(4) > 0 ? text : text.toLowerCase(Locale.ROOT);
    }

    /** A piece of a name, for the filters that match a part ({@code nameContains}). */
    private String part(String name) {
        if (name == null || name.length() < 4 || random.nextInt(3) == 0) {
            return name;
        }
        int start = random.nextInt(name.length() - 3);
        return name.substring(start, start + 3 + random.nextInt(name.length() - start - 2));
    }
}
