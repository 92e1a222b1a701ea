package org.parley.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.GraphQLClient.READER;
import static org.parley.GraphQLClient.query;
import static org.parley.GraphQLClient.run;
import static org.parley.GraphQLClient.runAs;
import static org.parley.GraphQLClient.runWithToken;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.Ids;
import org.parley.MutationTest;

/** Reads are open; every mutation needs an editor, and a refused one writes nothing. */
@QuarkusTest
class AccessTest extends MutationTest {

    /** Every mutation, with variables of the right shape (the values are never reached). */
    static Stream<Arguments> mutations() {
        Map<String, Object> side = map("countryId", Ids.of("Country", 1),
                "participants", List.of(map("officialId", Ids.of("Official", 1))));
        Map<String, Object> inputs = map(
                "Country", map("code", "XA", "name", "Testland"),
                "Topic", map("name", "test topic"),
                "Organization", map("name", "Test Ministry", "kind", "MINISTRY"),
                "Official", map("name", "Test Official"),
                "Position", map("officialId", Ids.of("Official", 1), "title", "Tester"),
                "Forum", map("name", "Test Forum"),
                "Meeting", map("sides", List.of(side, side)),
                "Statement", map("speakerId", Ids.of("Official", 1), "text", "Test.", "kind", "QUOTE"),
                "Article", map("headline", "Test", "body", "Test."));
        return inputs.entrySet().stream().flatMap(e -> {
            String type = e.getKey();
            String create = switch (type) {
                case "Meeting" -> "recordMeeting";
                case "Statement" -> "recordStatement";
                default -> "create" + type;
            };
            String id = Ids.of(type.equals("Meeting") ? "Meeting" : type, 1);
            return Stream.of(Arguments.of(create, new Object[] {"input", e.getValue()}),
                    Arguments.of("update" + type, new Object[] {"id", id, "expectedVersion", 0, "input", e.getValue()}),
                    Arguments.of("delete" + type, new Object[] {"id", id, "expectedVersion", 0}));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mutations")
    void aWriteWithoutCredentialsIsUnauthenticatedAndOneWithoutTheEditorRoleForbidden(String operation,
            Object[] variables) {
        Map<String, Long> rows = db.rowCounts();
        String versions = db.versions();

        run(operation, variables)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].extensions", not(hasKey("field")))
                .body("errors[0].path[0]", equalTo(operation));
        runAs(READER, operation, variables)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", equalTo("reader may read but not write: writes need the editor role."));
        runWithToken(Tokens.token("rita@parley.test", List.of("reader")), operation, variables)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        assertEquals(rows, db.rowCounts());
        assertEquals(versions, db.versions());
    }

    @Test
    void importArticleNeedsAnEditorToo() {
        Map<String, Object> document = map("article", map("headline", "Test", "body", "Test."));
        run("importArticle", "document", document).body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        runAs(READER, "importArticle", "document", document).body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(0, db.count("SELECT count(*) FROM article WHERE headline = 'Test'"));
    }

    @Test
    void readsNeedNoCredentials() {
        query("{ countries { totalCount } }")
                .body("errors", nullValue())
                .body("data.countries.totalCount", greaterThan(0));
    }

    @Test
    void anEditorsBearerTokenMayWriteAndIsRecordedAsTheWriter() {
        runWithToken(Tokens.token("erin@parley.test", List.of("editor")), "createCountry",
                "input", map("code", "XA", "name", "Testland"))
                .body("errors", nullValue())
                .body("data.createCountry.country.code", equalTo("XA"));
        assertEquals("erin@parley.test", db.text("SELECT created_by FROM country WHERE code = 'XA'"));
    }

    @Test
    void badCredentialsAreRefusedBeforeGraphQL() {
        given().auth().preemptive().basic("editor", "wrong").contentType(ContentType.JSON)
                .body(Map.of("query", "{ countries { totalCount } }")).post("/graphql").then().statusCode(401);
        given().header("Authorization", "Bearer " + Tokens.token("erin@parley.test", List.of("editor"),
                "https://elsewhere.test")).contentType(ContentType.JSON)
                .body(Map.of("query", "{ countries { totalCount } }")).post("/graphql").then().statusCode(401);
    }
}
