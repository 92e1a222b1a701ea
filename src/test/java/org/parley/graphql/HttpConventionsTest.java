package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * GraphQL over HTTP as clients speak it: GET for queries (urql's default), 405 with {@code Allow} for what a method
 * may not do, status codes for {@code application/graphql-response+json}, locations on parse errors, Apollo's
 * automatic persisted queries, and the CORS headers browsers' clients need.
 */
@QuarkusTest
class HttpConventionsTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String EXECUTION = "X-Parley-Execution";

    @Test
    void aQueryMayComeByGetAndIsAnsweredByTheSingleStatement() {
        given().queryParam("query", "query Names($n: Int) { officials(first: $n) { nodes { name } } }")
                .queryParam("variables", "{\"n\": 2}").queryParam("operationName", "Names")
                .get("/graphql")
                .then().statusCode(200).header(EXECUTION, "single-statement")
                .body("data.officials.nodes.size()", is(2));
        // what the single statement does not take still answers by GET, through the resolvers
        given().header(EXECUTION, "resolvers").queryParam("query", "{ officials(first: 1) { nodes { name } } }")
                .get("/graphql")
                .then().statusCode(200).header(EXECUTION, nullValue()).body("data.officials.nodes.size()", is(1));
    }

    @Test
    void aMutationByGetIsRefusedWith405AndAllowPost() {
        given().accept(GRAPHQL_RESPONSE)
                .queryParam("query", "mutation { deleteTopic(id: \"VG9waWM6MQ\", expectedVersion: 0) { deletedId } }")
                .get("/graphql")
                .then().statusCode(405).header("Allow", "POST")
                .body("errors[0].message", containsString("POST"));
    }

    @Test
    void otherMethodsAre405WithAllow() {
        for (String method : new String[] {"PUT", "DELETE", "PATCH"}) {
            given().contentType(ContentType.JSON).body("{\"query\": \"{ __typename }\"}").request(method, "/graphql")
                    .then().statusCode(405).header("Allow", "GET, POST");
        }
    }

    @Test
    void aPostWithoutAContentTypeParleyReadsIs415() throws Exception {
        // java.net.http sends no Content-Type unless told to
        HttpResponse<String> bare = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://localhost:" + RestAssured.port + "/graphql"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"query\": \"{ __typename }\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(415, bare.statusCode());
        assertTrue(bare.body().contains("no Content-Type") && bare.body().contains("application/json"), bare.body());
        given().contentType("text/plain").body("{ __typename }".getBytes(StandardCharsets.UTF_8)).post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", is("BAD_REQUEST"))
                .body("errors[0].message", containsString("text/plain"));
        given().contentType("application/graphql").body("{ __typename }".getBytes(StandardCharsets.UTF_8))
                .post("/graphql")
                .then().statusCode(200).body("data.__typename", is("Query"));
    }

    @Test
    void documentsThatDoNotParseOrValidateAre400UnderGraphQLResponseJsonAnd200UnderJson() {
        given().accept(GRAPHQL_RESPONSE).contentType(ContentType.JSON).body(Map.of("query", "{ officials( "))
                .post("/graphql")
                .then().statusCode(400).contentType(containsString(GRAPHQL_RESPONSE))
                .body("data", nullValue())
                .body("errors[0].message", containsString("Invalid syntax"))
                .body("errors[0].locations[0].line", is(1))
                .body("errors[0].locations[0].column", notNullValue());
        given().accept(GRAPHQL_RESPONSE).contentType(ContentType.JSON).body(Map.of("query", "{ nope }"))
                .post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.classification", is("ValidationError"));
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "{ nope }").get("/graphql")
                .then().statusCode(400);
        given().accept("application/json").contentType(ContentType.JSON).body(Map.of("query", "{ nope }"))
                .post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.classification", is("ValidationError"));
        // a field error during execution is still 200
        given().accept(GRAPHQL_RESPONSE).contentType(ContentType.JSON)
                .body(Map.of("query", "{ official(id: \"not-an-id\") { name } }"))
                .post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", is("BAD_USER_INPUT"));
    }

    @Test
    void anUnknownPersistedQueryIsPersistedQueryNotFoundThenRegisteredByItsDocument() {
        // a document of its own, so that no other test has registered it
        String document = "query Apq" + UUID.randomUUID().toString().replace("-", "")
                + " { officials(first: 1) { nodes { name } } }";
        String hash = sha256(document);
        Map<String, Object> persisted = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", hash));
        given().contentType(ContentType.JSON).body(Map.of("extensions", persisted)).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].message", is("PersistedQueryNotFound"))
                .body("errors[0].extensions.code", is("PERSISTED_QUERY_NOT_FOUND"));
        given().contentType(ContentType.JSON).body(Map.of("query", document, "extensions", persisted)).post("/graphql")
                .then().statusCode(200).header(EXECUTION, "single-statement")
                .body("data.officials.nodes.size()", is(1));
        // now the hash alone runs it, by POST and by GET, on the single statement and through the resolvers
        given().contentType(ContentType.JSON).body(Map.of("extensions", persisted)).post("/graphql")
                .then().statusCode(200).header(EXECUTION, "single-statement")
                .body("data.officials.nodes.size()", is(1));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"" + hash + "\"}}")
                .get("/graphql")
                .then().statusCode(200).header(EXECUTION, "single-statement")
                .body("data.officials.nodes.size()", is(1));
        given().header(EXECUTION, "resolvers").contentType(ContentType.JSON).body(Map.of("extensions", persisted))
                .post("/graphql")
                .then().statusCode(200).header(EXECUTION, nullValue())
                .body("data.officials.nodes.size()", is(1));
    }

    @Test
    void aPersistedQueryWhoseHashIsNotItsDocumentsIsRefused() {
        Map<String, Object> wrong = Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", sha256("{ x }")));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __typename }", "extensions", wrong))
                .post("/graphql")
                .then().statusCode(400).body("data", nullValue())
                .body("errors[0].extensions.code", is("BAD_REQUEST"))
                .body("errors[0].message", containsString("sha256Hash"));
        Map<String, Object> version2 = Map.of("persistedQuery", Map.of("version", 2, "sha256Hash", sha256("{ x }")));
        given().contentType(ContentType.JSON).body(Map.of("extensions", version2)).post("/graphql")
                .then().statusCode(400).body("errors[0].message", containsString("version 1"));
    }

    @Test
    void browsersMaySendApolloHeadersAndReadWhichPathAnswered() {
        given().header("Origin", "http://localhost:3000").header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers",
                        "content-type,apollographql-client-name,apollographql-client-version,x-parley-execution")
                .options("/graphql")
                .then().header("Access-Control-Allow-Headers", containsString("apollographql-client-name"))
                .header("Access-Control-Allow-Headers", containsString("apollographql-client-version"))
                .header("Access-Control-Allow-Headers", containsString("x-parley-execution"));
        given().header("Origin", "http://localhost:3000").contentType(ContentType.JSON)
                .body(Map.of("query", "{ __typename }")).post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Expose-Headers", containsString("X-Parley-Execution"));
    }

    @Test
    void theSchemaDoesNotAdvertiseDeferItCannotDeliver() {
        given().contentType(ContentType.JSON)
                .body(Map.of("query", "{ __schema { directives { name } } }")).post("/graphql")
                .then().statusCode(200).body("data.__schema.directives.name", not(hasItem("defer")))
                .body("data.__schema.directives.name", hasItem("skip"));
        given().get("/graphql/schema.graphql").then().statusCode(200).body(not(containsString("@defer")));
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
