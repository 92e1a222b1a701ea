package org.parley.graphql;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import java.util.Set;

/**
 * Root arguments that are lists of IDs. SmallRye GraphQL 2.17 declares {@code @Id List<String>} on a method's
 * argument as {@code [ID!]!} but then fails to convert the value it receives ("Unknown Scalar Type
 * [java.util.List]"); such arguments are declared {@code List<String>} in Java and given the type {@code [ID!]!}
 * here. An ID is a string on the wire, so the values reach the method as they were.
 */
final class IdListArguments {

    /** {@code Query.field(argument)} of each such argument. */
    private static final Set<String> ARGUMENTS = Set.of("Query.nodes(ids)");

    private IdListArguments() {
    }

    static GraphQLSchema apply(GraphQLSchema schema) {
        return SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLArgument(GraphQLArgument argument,
                    TraverserContext<GraphQLSchemaElement> context) {
                if (!(context.getParentNode() instanceof GraphQLFieldDefinition field)
                        || !(context.getParentContext().getParentNode() instanceof GraphQLObjectType type)
                        || !ARGUMENTS.contains(type.getName() + "." + field.getName() + "(" + argument.getName() + ")")) {
                    return TraversalControl.CONTINUE;
                }
                return changeNode(context, argument.transform(builder -> builder.type(
                        GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID))))));
            }
        });
    }
}
