package org.parley;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Sends the GraphQL operations kept in src/test/resources/graphql to the running application. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    /** Runs the operation in {@code graphql/<name>.graphql} with variables given as name, value pairs. */
    public static ValidatableResponse run(String name, Object... variables) {
        return query(operation(name), variables);
    }

    /** Runs an inline document: for the few tests about malformed or abusive queries. */
    public static ValidatableResponse query(String document, Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", vars);
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(200);
    }

    public static String operation(String name) {
        String path = "/graphql/" + name + ".graphql";
        try (InputStream in = GraphQLClient.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("No operation " + path + " on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
