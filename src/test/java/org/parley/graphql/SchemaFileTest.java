package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schema committed at the top of the repository ({@code schema.graphql}) is the one the application serves at
 * {@code /graphql/schema.graphql}, so that a change to the API shows in review as a change to that file. The tests'
 * own fields (named {@code ...ForTest}, which only the test build has) are left out, and both are printed the same
 * way. On a difference the served schema is written to {@code target/schema.graphql}; copy it over the committed
 * one when the change is meant.
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path COMMITTED = Path.of("schema.graphql");
    private static final Path SERVED = Path.of("target", "schema.graphql");

    @Test
    void theCommittedSchemaIsTheServedOne() throws IOException {
        String served = production(given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString());
        assertTrue(served.contains("type Query"), "the served schema has a Query type");
        assertFalse(served.contains("ForTest"), "the tests' own fields are left out");
        if (!Files.exists(COMMITTED) || !Files.readString(COMMITTED, StandardCharsets.UTF_8).equals(served)) {
            Files.createDirectories(SERVED.getParent());
            Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "schema.graphql is missing: cp " + SERVED + " " + COMMITTED);
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "the served schema differs from schema.graphql; if the change is meant: cp " + SERVED + " " + COMMITTED);
    }

    /** The schema of {@code sdl} without the tests' own fields, printed by graphql-java. */
    private static String production(String sdl) {
        GraphQLSchema schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
        GraphQLSchema withoutTests = SchemaTransformer.transformSchema(schema, new GraphQLTypeVisitorStub() {
            @Override
            public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                    TraverserContext<GraphQLSchemaElement> context) {
                return field.getName().endsWith("ForTest") ? deleteNode(context) : TraversalControl.CONTINUE;
            }
        });
        return new SchemaPrinter(SchemaPrinter.Options.defaultOptions().includeDirectiveDefinitions(false)
                .includeDirectives(java.util.Set.of("specifiedBy", "deprecated", "oneOf")::contains)).print(withoutTests);
    }
}
