package org.parley.graphql;

import graphql.Scalars;
import graphql.language.AstPrinter;
import graphql.language.IntValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Predicate;

/**
 * The Int and Date scalars as the GraphQL specification and the schema describe them, checked where graphql-java
 * coerces a request's values, before anything runs. SmallRye's own scalars take any value there and fail only when
 * the resolver's argument is converted: a string for an Int variable or an impossible date in a filter was answered
 * with an error that named a Java class, followed by a second one about a null in a non-null field. Here the request
 * is refused whole with one error that names the value and says what is expected. Values that pass are handed to
 * SmallRye's scalar unchanged.
 */
final class StrictScalars {

    private static final BigDecimal MIN_INT = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal MAX_INT = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final String INT = "an Int is a whole number between " + Integer.MIN_VALUE + " and "
            + Integer.MAX_VALUE;
    private static final String DATE = "a Date is written YYYY-MM-DD, e.g. 2014-09-17";

    private StrictScalars() {
    }

    /**
     * {@code schema} with its Int and Date scalars checked as described above. Every type that holds one is rebuilt,
     * so the type resolvers of unions and interfaces, which SmallRye gives the object types it built first, are made
     * to answer with the rebuilt type of the same name.
     */
    /** The GraphQL Scalars specification of a date without time or zone, which Date follows. */
    private static final String LOCAL_DATE = "https://scalars.graphql.org/andimarek/local-date.html";

    static GraphQLSchema apply(GraphQLSchema schema) {
        GraphQLSchema strict = withStrictScalars(schema);
        GraphQLCodeRegistry registry = strict.getCodeRegistry();
        GraphQLCodeRegistry current = registry.transform(code -> {
            for (GraphQLNamedType type : strict.getAllTypesAsList()) {
                TypeResolver resolver = type instanceof GraphQLUnionType union ? registry.getTypeResolver(union)
                        : type instanceof GraphQLInterfaceType face ? registry.getTypeResolver(face) : null;
                if (resolver != null) {
                    code.typeResolver(type.getName(),
                            env -> env.getSchema().getObjectType(resolver.getType(env).getName()));
                }
            }
        });
        return strict.transform(builder -> builder.codeRegistry(current));
    }

    private static GraphQLSchema withStrictScalars(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLScalarType(GraphQLScalarType scalar,
                    TraverserContext<GraphQLSchemaElement> context) {
                Coercing<?, ?> strict = switch (scalar.getName()) {
                    case "Int" -> new Checked(scalar.getCoercing(), StrictScalars::isInt, StrictScalars::isIntLiteral, INT);
                    case "Date" -> new Checked(scalar.getCoercing(), StrictScalars::isDate, StrictScalars::isDateLiteral,
                            DATE);
                    default -> null;
                };
                if (strict == null) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, scalar.transform(builder -> {
                    builder.coercing(strict);
                    if (scalar.getName().equals("Date")) {
                        // the URL for introspection (specifiedByURL), the applied directive for the SDL
                        builder.description("A calendar date without a time or zone, written YYYY-MM-DD (ISO 8601),"
                                + " e.g. 2014-09-17.").specifiedByUrl(LOCAL_DATE)
                                .withAppliedDirective(GraphQLAppliedDirective.newDirective().name("specifiedBy")
                                        .argument(GraphQLAppliedDirectiveArgument.newArgument().name("url")
                                                .type(Scalars.GraphQLString).valueProgrammatic(LOCAL_DATE)));
                    }
                }));
            }
        });
    }

    private static boolean isInt(Object value) {
        if (!(value instanceof Number number) || value instanceof Double d && !Double.isFinite(d)
                || value instanceof Float f && !Float.isFinite(f)) {
            return false;
        }
        BigDecimal decimal = new BigDecimal(number.toString());
        return decimal.stripTrailingZeros().scale() <= 0 && decimal.compareTo(MIN_INT) >= 0
                && decimal.compareTo(MAX_INT) <= 0;
    }

    private static boolean isIntLiteral(Object literal) {
        return literal instanceof IntValue value && isInt(new BigDecimal(value.getValue()));
    }

    private static boolean isDate(Object value) {
        if (!(value instanceof String text)) {
            return false;
        }
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static boolean isDateLiteral(Object literal) {
        return literal instanceof StringValue value && isDate(value.getValue());
    }

    /** A scalar's coercing that refuses what {@code valid} (for values) or {@code validLiteral} does not accept. */
    @SuppressWarnings({"deprecation", "unchecked", "rawtypes"})
    private record Checked(Coercing original, Predicate<Object> valid, Predicate<Object> validLiteral, String rule)
            implements Coercing<Object, Object> {

        @Override
        public Object serialize(Object value) throws CoercingSerializeException {
            return original.serialize(value);
        }

        @Override
        public Object parseValue(Object input) throws CoercingParseValueException {
            if (!valid.test(input)) {
                throw new CoercingParseValueException(shown(input) + " is not valid here: " + rule + ".");
            }
            return original.parseValue(input);
        }

        @Override
        public Object parseLiteral(Object input) throws CoercingParseLiteralException {
            if (!validLiteral.test(input)) {
                throw new CoercingParseLiteralException(shownLiteral(input) + " is not valid here: " + rule + ".");
            }
            return original.parseLiteral(input);
        }

        @Override
        public Value<?> valueToLiteral(Object input) {
            return original.valueToLiteral(input);
        }

        private static String shown(Object input) {
            return input instanceof String text ? "\"" + BadUserInputException.quote(text) + "\"" : String.valueOf(input);
        }

        private static String shownLiteral(Object literal) {
            if (literal instanceof StringValue text) {
                return "\"" + BadUserInputException.quote(text.getValue()) + "\"";
            }
            return literal instanceof Value<?> value ? AstPrinter.printAst(value) : String.valueOf(literal);
        }
    }
}
