package org.parley;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
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
        return send(given(), document, variables);
    }

    /** The user of the test profile who may write (role editor). */
    public static final String EDITOR = "editor";
    /** The user of the test profile who may only read. */
    public static final String READER = "reader";

    /**
     * Runs the operation in {@code graphql/<name>.graphql} with variables that make it a request error (a value of
     * the wrong type, an unknown enum value): nothing runs, and the answer is HTTP 400 with the errors.
     */
    public static ValidatableResponse runRefused(String name, Object... variables) {
        return send(given(), operation(name), 400, variables);
    }

    /** Runs an operation as one of the test profile's users, with HTTP Basic. */
    public static ValidatableResponse runAs(String user, String name, Object... variables) {
        return send(given().auth().preemptive().basic(user, "parley-dev"), operation(name), variables);
    }

    /** Runs an operation through SmallRye GraphQL's resolvers, never as one SQL statement. */
    public static ValidatableResponse runThroughResolvers(String name, Object... variables) {
        return send(given().header("X-Parley-Execution", "resolvers"), operation(name), variables);
    }

    /** Runs an operation with a bearer token. */
    public static ValidatableResponse runWithToken(String token, String name, Object... variables) {
        return send(given().header("Authorization", "Bearer " + token), operation(name), variables);
    }

    private static ValidatableResponse send(RequestSpecification request, String document, Object... variables) {
        return send(request, document, 200, variables);
    }

    private static ValidatableResponse send(RequestSpecification request, String document, int status,
            Object... variables) {
        Map<String, Object> vars = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            vars.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("query", document);
        body.put("variables", vars);
        return request.contentType(ContentType.JSON).body(body)
                .when().post("/graphql")
                .then().statusCode(status);
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
