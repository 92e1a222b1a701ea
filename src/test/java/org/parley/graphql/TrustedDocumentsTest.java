package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With a manifest of trusted documents (src/test/resources/trusted-documents.json), only its documents run, by hash
 * or sent whole; any other document or hash is refused, and nothing new is stored.
 */
@QuarkusTest
@TestProfile(TrustedDocumentsTest.Manifest.class)
class TrustedDocumentsTest {

    public static class Manifest implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.graphql.trusted-documents", "src/test/resources/trusted-documents.json");
        }
    }

    private static final String TRUSTED = "query TrustedNames { officials(first: 2) { nodes { name } } }";

    @Test
    void aRegisteredDocumentRunsByItsHashOrWhole() {
        given().contentType(ContentType.JSON).body(Map.of("extensions", persisted(TRUSTED))).post("/graphql")
                .then().statusCode(200).header("X-Parley-Execution", "single-statement")
                .body("data.officials.nodes.size()", is(2));
        given().contentType(ContentType.JSON).body(Map.of("query", TRUSTED)).post("/graphql")
                .then().statusCode(200).body("data.officials.nodes.size()", is(2));
        given().queryParam("extensions", "{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\""
                + HttpConventionsTest.sha256(TRUSTED) + "\"}}").get("/graphql")
                .then().statusCode(200).body("data.officials.nodes.size()", is(2));
    }

    @Test
    void anyOtherDocumentIsRefusedAndNotStored() {
        String other = "{ officials(first: 1) { nodes { name } } }";
        given().contentType(ContentType.JSON).body(Map.of("query", other)).post("/graphql")
                .then().statusCode(403).body("errors[0].extensions.code", is("DOCUMENT_NOT_TRUSTED"));
        // registering it the way automatic persisted queries do is refused too, and leaves nothing behind
        given().contentType(ContentType.JSON).body(Map.of("query", other, "extensions", persisted(other)))
                .post("/graphql")
                .then().statusCode(403).body("errors[0].extensions.code", is("DOCUMENT_NOT_TRUSTED"));
        given().contentType(ContentType.JSON).body(Map.of("extensions", persisted(other))).post("/graphql")
                .then().statusCode(403).body("errors[0].extensions.code", is("DOCUMENT_NOT_TRUSTED"));
        given().contentType(ContentType.JSON).body(Map.of("query", "{ __schema { types { name } } }")).post("/graphql")
                .then().statusCode(403);
    }

    private static Map<String, Object> persisted(String document) {
        return Map.of("persistedQuery", Map.of("version", 1, "sha256Hash", HttpConventionsTest.sha256(document)));
    }
}
