package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The schema committed at the top of the repository ({@code schema.graphql}) is the one served at
 * {@code /graphql/schema.graphql}, so that a change to the API shows in review as a change to that file. On a
 * difference the served schema is written to {@code target/schema.graphql}; copy it over the committed one when the
 * change is meant.
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path COMMITTED = Path.of("schema.graphql");
    private static final Path SERVED = Path.of("target", "schema.graphql");

    @Test
    void theCommittedSchemaIsTheServedOne() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        assertTrue(served.contains("type Query"), "the served schema has a Query type");
        if (!Files.exists(COMMITTED) || !Files.readString(COMMITTED, StandardCharsets.UTF_8).equals(served)) {
            Files.createDirectories(SERVED.getParent());
            Files.writeString(SERVED, served, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(COMMITTED), "schema.graphql is missing: cp " + SERVED + " " + COMMITTED);
        assertEquals(Files.readString(COMMITTED, StandardCharsets.UTF_8), served,
                "the served schema differs from schema.graphql; if the change is meant: cp " + SERVED + " " + COMMITTED);
    }
}
