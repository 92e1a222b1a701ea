package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.GraphQLClient.query;
import static org.parley.GraphQLClient.run;

import org.parley.GraphQLClient;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What holds for the whole API: documentation, limits on abusive queries, error codes, GraphiQL, CORS. */
@QuarkusTest
class ApiTest {

    @Test
    void everyTypeFieldArgumentAndEnumValueIsDescribed() {
        List<Map<String, Object>> types = run("introspection-descriptions")
                .body("errors", nullValue())
                .extract().path("data.__schema.types");
        List<String> undescribed = new ArrayList<>();
        for (Map<String, Object> type : types) {
            String name = (String) type.get("name");
            if (name.startsWith("__") || List.of("String", "Int", "Float", "Boolean", "ID").contains(name)) {
                continue;
            }
            check(undescribed, name, type);
            for (Map<String, Object> field : list(type, "fields")) {
                check(undescribed, name + "." + field.get("name"), field);
                for (Map<String, Object> arg : list(field, "args")) {
                    check(undescribed, name + "." + field.get("name") + "(" + arg.get("name") + ")", arg);
                }
            }
            for (Map<String, Object> field : list(type, "inputFields")) {
                check(undescribed, name + "." + field.get("name"), field);
            }
            for (Map<String, Object> value : list(type, "enumValues")) {
                check(undescribed, name + "." + value.get("name"), value);
            }
        }
        assertTrue(types.size() > 30, "the schema has the domain's types");
        assertEquals(List.of(), undescribed, "schema elements without a description");
    }

    @Test
    void theServedSdlIsAWholeSchemaThatDeclaresEveryScalarItUses() {
        String sdl = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        // fails with "There is no type resolver defined..." or "The field type 'Date' is not present" on a gap
        graphql.schema.GraphQLSchema schema = graphql.schema.idl.UnExecutableSchemaGenerator
                .makeUnExecutableSchema(new graphql.schema.idl.SchemaParser().parse(sdl));
        assertTrue(schema.getType("Date") != null, "scalar Date is declared");
        assertTrue(sdl.contains("scalar Date @specifiedBy(url : \"https://scalars.graphql.org/andimarek/local-date.html\")"),
                "Date names the specification it follows");
        query("{ __type(name: \"Date\") { specifiedByURL } }").body("data.__type.specifiedByURL",
                equalTo("https://scalars.graphql.org/andimarek/local-date.html"));
        assertEquals("Query", schema.getQueryType().getName());
    }

    @Test
    void tooDeepAQueryIsRejectedBeforeItRuns() {
        StringBuilder deep = new StringBuilder("{ countries { nodes { ");
        for (int i = 0; i < 7; i++) {
            deep.append("officials { country { ");
        }
        deep.append("name");
        deep.append(" } }".repeat(7)).append(" } } }");
        refused(deep.toString())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("depth"))
                .body("errors[0].extensions.maximum", equalTo(10))
                .body("errors[0].extensions.actual", equalTo(17));
    }

    @Test
    void tooManyFieldsAreRejectedBeforeTheyRun() {
        StringBuilder wide = new StringBuilder("{ ");
        for (int i = 0; i < 120; i++) {
            wide.append("c").append(i).append(": countries { nodes { code name id } } ");
        }
        wide.append("}");
        refused(wide.toString())
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("fields"))
                .body("errors[0].extensions.actual", equalTo(600));
    }

    /** Sends a document that must be refused before it runs: HTTP 400, as a GraphQL response. */
    private static io.restassured.response.ValidatableResponse refused(String document) {
        return given().contentType("application/json").body(Map.of("query", document)).post("/graphql")
                .then().statusCode(400).contentType(containsString("application/graphql-response+json"));
    }

    @Test
    void malformedQueriesAndUnknownFieldsSayWhatIsWrong() {
        given().contentType("application/json").body(Map.of("query", "{ countries { nodes { code ")).post("/graphql")
                .then().statusCode(400)
                .body("data", nullValue())
                .body("errors[0].message", containsString("Invalid syntax"))
                .body("errors[0].locations[0].line", equalTo(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        given().contentType("application/json").body(Map.of("query", "{ countries { nodes { capital } } }"))
                .post("/graphql").then().statusCode(400)
                .body("errors[0].message", containsString("capital"))
                .body("errors[0].extensions.classification", equalTo("ValidationError"));
    }

    @Test
    void unexpectedFailuresGetAGenericCodeAndNoInternals() {
        query("{ failingForTest }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("INTERNAL_SERVER_ERROR"))
                .body("errors[0].message", containsString("Reference "))
                .body("errors[0].message", not(containsString("relation")))
                .body("errors[0].extensions", not(hasKey("exception")));
    }

    @Test
    void schemaIsServedAsSdlAndGraphiqlIsThere() {
        given().when().get("/graphql/schema.graphql").then().statusCode(200)
                .body(containsString("type Meeting implements Node"))
                .body(containsString("\"A news article"));
        // GraphiQL opens on a query about the shipped article, one of the README's examples, which answers
        String location = given().redirects().follow(false).when().get("/q/graphql-ui/").then().statusCode(302)
                .extract().header("Location");
        assertTrue(location.startsWith("/q/graphql-ui/?query="), location);
        String start = java.net.URLDecoder.decode(location.substring(location.indexOf('=') + 1),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(start.contains(GraphQLClient.operation("example-vice-minister").strip()), start);
        query(start).body("errors", nullValue())
                .body("data.officials.nodes[0].meetings[0].forum.name", equalTo("Seoul Defense Dialogue"));
        given().when().get(location).then().statusCode(200).body(containsString("graphiql"));
    }

    @Test
    void browsersFromAllowedOriginsMayCall() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", equalTo("http://localhost:3000"));
        given().header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .when().options("/graphql")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void healthReportsTheDatabase() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", org.hamcrest.Matchers.hasItem(containsString("Database")));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    private static void check(List<String> undescribed, String where, Map<String, Object> element) {
        Object description = element.get("description");
        if (description == null || description.toString().isBlank()) {
            undescribed.add(where);
        }
    }
}
