package org.parley.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.GraphQLClient;
import org.parley.graphql.Db;

/**
 * Requests an attacker would send: the findings of the attack on Parley (numbered as in its report) and the classes
 * of graphql-armor and the OWASP GraphQL cheat sheet. Each is refused before it runs with a coded error that names
 * what was wrong, or answered correctly; none writes anything; and the server answers {@code { __typename }} right
 * after each. A client gives up on an answer after 30 s, so that a request that runs away fails the test instead of
 * hanging it.
 */
@QuarkusTest
class AttackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RestAssuredConfig PATIENCE = RestAssured.config().httpClient(HttpClientConfig
            .httpClientConfig().setParam("http.socket.timeout", 30_000).setParam("http.connection.timeout", 5_000));

    @Inject
    Db db;

    @Inject
    Documents documents;

    /** An attack: its request body, and what its answer must show. */
    record Attack(String name, String body, Map<String, String> headers, int status, Consumer<Response> expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> attacks() {
        List<Attack> attacks = new ArrayList<>();
        // 1: four levels of first:100, 10^8 statements; through either path
        String fourLevels = "{ officials(first:100){ nodes { statements(first:100){ speaker { statements(first:100){ "
                + "speaker { statements(first:100) { id } } } } } } } }";
        attacks.add(refused("1 four nested pages through the resolvers", body(fourLevels),
                Map.of("X-Parley-Execution", "resolvers"), "nodes"));
        attacks.add(refused("1 four nested pages", body(fourLevels), Map.of(), "nodes"));
        attacks.add(refused("1 topics and statements, 79 MB answer",
                body("{ topics(first:100){ nodes { statements(first:100){ topics { statements(first:100){ id text } } } } } }"),
                Map.of(), "nodes"));
        // 3: three levels of first:100
        attacks.add(refused("3 three nested pages", body("{ officials(first:100){ nodes { statements(first:100){ "
                + "speaker { statements(first:100) { id } } } } } }"), Map.of(), "nodes"));
        attacks.add(refused("3 page sizes in variables count as literals",
                body("query($n: Int = 100) { officials(first:$n){ nodes { statements(first:$n){ speaker { "
                        + "statements(first:$n) { id } } } } } }", Map.of("n", 100)), Map.of(), "nodes"));
        // 4: aliases
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 100; i++) {
            aliases.append(" a").append(i).append(": officials(first:100){ nodes { id } }");
        }
        attacks.add(refused("4 100 aliases", body(aliases.append(" }").toString()), Map.of(), "aliases"));
        // 5: fragments that spread the next one twice: 2^23 fields once expanded
        StringBuilder fragments = new StringBuilder("{ officials(first:1){ nodes { ...F23 } } }\n"
                + "fragment F0 on Official { id name }\n");
        for (int i = 1; i <= 23; i++) {
            fragments.append("fragment F").append(i).append(" on Official { ...F").append(i - 1).append(" ...F")
                    .append(i - 1).append(" }\n");
        }
        attacks.add(refused("5 exponential fragments", body(fragments.toString()), Map.of(), "fields"));
        // 6: a 9 MB comment
        attacks.add(new Attack("6 a 9 MB comment", body("#" + "x".repeat(9_000_000) + "\n{ __typename }"), Map.of(),
                413, limit("bodySize")));
        attacks.add(refused("6 a comment over the characters limit", body("#" + "x".repeat(30_000) + "\n{ __typename }"),
                Map.of(), "characters"));
        // 8: bad input
        attacks.add(new Attack("8 variables given as a string that is no object",
                "{\"query\":\"{ __typename }\",\"variables\":\"x\"}", Map.of(), 400, code("BAD_REQUEST")));
        attacks.add(new Attack("8 variables as an encoded empty object are read as none",
                "{\"query\":\"{ __typename }\",\"variables\":\"{}\"}", Map.of(), 200,
                r -> r.then().body("data.__typename", is("Query"))));
        attacks.add(new Attack("8 malformed JSON", "{\"query\":\"{ __typename }", Map.of(), 400, code("BAD_REQUEST")));
        attacks.add(new Attack("8 a JSON array (a batch)", "[{\"query\":\"{ __typename }\"}]", Map.of(), 400,
                code("BAD_REQUEST")));
        attacks.add(new Attack("8 no query", "{\"variables\":{}}", Map.of(), 400, code("BAD_REQUEST")));
        attacks.add(new Attack("8 NUL in a string literal", body("{ countryByCode(code: \"K\\u0000R\") { name } }"),
                Map.of("X-Parley-Execution", "resolvers"), 400, code("BAD_USER_INPUT")));
        attacks.add(new Attack("8 NUL in a filter", body("{ officials(filter: { nameContains: \"B\\u0000\" }) { nodes { name } } }"),
                Map.of(), 400, code("BAD_USER_INPUT")));
        attacks.add(new Attack("8 NUL in a search", body("{ search(query: \"treaty\\u0000\") { type } }"),
                Map.of(), 400, code("BAD_USER_INPUT")));
        attacks.add(new Attack("8 NUL in a variable",
                body("query($c: String!) { countryByCode(code: $c) { name } }", Map.of("c", "K\u0000R")), Map.of(),
                400, code("BAD_USER_INPUT")));
        attacks.add(new Attack("8 an Int literal out of range", body("{ officials(first: 99999999999) { nodes { id } } }"),
                Map.of(), 400, code("BAD_USER_INPUT")));
        attacks.add(new Attack("8 an Int variable out of range",
                body("query($n: Int) { officials(first: $n) { nodes { id } } }", Map.of("n", 99_999_999_999L)),
                Map.of(), 400, code("BAD_USER_INPUT")));
        attacks.add(new Attack("8 a 10 KB cursor is not echoed whole",
                body("{ officials(first: 1, after: \"" + "x".repeat(10_000) + "\") { nodes { id } } }"), Map.of(), 200,
                r -> r.then().body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                        .body("errors[0].message.length()", lessThan(400))));
        attacks.add(new Attack("8 a non-integral Int variable",
                body("query($n: Int) { officials(first: $n) { nodes { id } } }", Map.of("n", 2.5)), Map.of(), 400,
                code("BAD_USER_INPUT")));
        attacks.add(new Attack("8 a forged cursor whose key is not a number",
                body("{ officials(orderBy: ID_DESC, after: \"SURfREVTQwp4CjU\") { nodes { name } } }"), Map.of(), 200,
                code("BAD_USER_INPUT")));
        attacks.add(new Attack("8 countryByCode without a code", body("{ countryByCode { name } }"), Map.of(), 400,
                r -> r.then().body("errors[0].extensions.classification", is("ValidationError"))
                        .body("errors[0].message", containsString("code"))));
        List<String> hundredIds = java.util.Collections.nCopies(100, "T2ZmaWNpYWw6MQ");
        attacks.add(refused("8 nodes counted by their IDs", body("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Official"
                + " { statements(first: 100) { topics { statements(first: 2) { id } } } } } }", Map.of("ids", hundredIds)),
                Map.of(), "nodes"));
        attacks.add(refused("8 5,000 tokens", body("{ " + "a ".repeat(5_000) + "}"), Map.of(), "tokens"));
        attacks.add(refused("8 @include 60 times", body("{ __typename " + "@include(if: true) ".repeat(60) + "}"),
                Map.of(), "directives"));
        attacks.add(new Attack("8 @include 1,000 times answers a short error",
                body("{ __typename " + "@include(if: true) ".repeat(1000) + "}"), Map.of(), 400,
                limit("tokens").andThen(r -> assertTrue(r.asString().length() < 1000, r.asString()))));
        // depth, also through fragments and in introspection
        attacks.add(refused("depth through fragments", body("{ officials(first:1) { nodes { ...A } } }\n"
                + "fragment A on Official { country { officials { ...B } } }\n"
                + "fragment B on Official { country { officials { country { officials { country { officials { "
                + "name } } } } } } }"), Map.of(), "depth"));
        attacks.add(refused("introspection ofType nested 20 deep",
                body("{ __schema { types { fields { type " + "{ ofType ".repeat(20) + "{ name }" + " }".repeat(20)
                        + " } } } }"), Map.of(), "depth"));
        StringBuilder introspectionAliases = new StringBuilder("{");
        for (int i = 0; i < 30; i++) {
            introspectionAliases.append(" s").append(i).append(": __schema { types { name } }");
        }
        attacks.add(refused("30 aliased __schema", body(introspectionAliases.append(" }").toString()), Map.of(),
                "aliases"));
        // injection strings in string arguments are values, never SQL
        attacks.add(new Attack("injection in countryByCode", body("{ countryByCode(code: \"' OR 1=1 --\") { name } }"),
                Map.of(), 200, r -> r.then().body("errors", nullValue()).body("data.countryByCode", nullValue())));
        attacks.add(new Attack("injection in a filter",
                body("{ officials(filter: { nameContains: \"%' OR '1'='1\" }) { nodes { name } } }"), Map.of(), 200,
                r -> r.then().body("errors", nullValue()).body("data.officials.nodes", hasSize(0))));
        attacks.add(new Attack("injection in a search",
                body("{ search(query: \"'); DROP TABLE parley.country; --\") { type } }"), Map.of(), 200,
                r -> r.then().body("errors", nullValue())));
        attacks.add(new Attack("injection in an ID", body("{ official(id: \"1 OR 1=1\") { name } }"), Map.of(), 200,
                code("BAD_USER_INPUT")));
        return attacks.stream().map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("attacks")
    void isRefusedOrAnsweredAndWritesNothing(Attack attack) {
        long countries = db.count("SELECT count(*) FROM country", List.of());
        long statements = db.count("SELECT count(*) FROM statement", List.of());
        RequestSpecification request = given().config(PATIENCE).contentType("application/json").body(attack.body);
        attack.headers.forEach(request::header);
        Response response = request.post("/graphql");
        assertEquals(attack.status, response.statusCode(), attack.name + ": " + abbreviated(response.asString()));
        attack.expect.accept(response);
        assertEquals(countries, db.count("SELECT count(*) FROM country", List.of()), "no country written");
        assertEquals(statements, db.count("SELECT count(*) FROM statement", List.of()), "no statement written");
    }

    @AfterEach
    void theServerStillAnswers() {
        given().config(PATIENCE).contentType("application/json").body(Map.of("query", "{ __typename }"))
                .post("/graphql")
                .then().statusCode(200).body("data.__typename", is("Query"));
    }

    @Test
    void anErrorUnderApplicationJsonIsStillAGraphQLResponse() {
        given().contentType("application/json").accept("application/json")
                .body(Map.of("query", "{ officials(first:100){ nodes { statements(first:100){ speaker { "
                        + "statements(first:100) { id } } } } } }"))
                .post("/graphql")
                .then().statusCode(200).contentType(containsString("application/json"))
                .body("errors[0].extensions.code", is("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", is("nodes"))
                .body("errors[0].extensions.maximum", is(100_000))
                .body("errors[0].extensions.actual", is(1_010_100));
    }

    @Test
    void answersAndRefusalsAreCountedInTheMetrics() {
        given().contentType("application/json")
                .body(Map.of("query", "query MetricsProbe { officials(first: 2) { nodes { name } } }")).post("/graphql")
                .then().statusCode(200);
        given().contentType("application/json")
                .body(Map.of("query", "query MetricsProbe { officials(first: 2) { nodes { name } } }"))
                .header("X-Parley-Execution", "resolvers").post("/graphql")
                .then().statusCode(200);
        StringBuilder aliases = new StringBuilder("{");
        for (int i = 0; i < 20; i++) {
            aliases.append(" a").append(i).append(": __typename");
        }
        given().contentType("application/json").body(Map.of("query", aliases.append(" }").toString()))
                .post("/graphql").then().statusCode(400);
        String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("parley_graphql_requests_seconds_count{code=\"none\",operation=\"MetricsProbe\","
                + "path=\"single-statement\",status=\"200\"}"), "the single statement's answer is counted");
        assertTrue(metrics.contains("parley_graphql_requests_seconds_count{code=\"none\",operation=\"MetricsProbe\","
                + "path=\"resolvers\",status=\"200\"}"), "the resolvers' answer is counted");
        assertTrue(metrics.contains("parley_requests_refused_total{reason=\"aliases\"}"), "the refusal is counted");
        assertTrue(metrics.contains("parley_line_waiting"), "the line's length is a gauge");
        assertTrue(metrics.contains("agroal_active_count"), "the pool's use is there");
    }

    @Test
    void theIntrospectionQueriesOfGraphiQLAndCodeGeneratorsAreAnswered() {
        given().contentType("application/json").body(Map.of("query", GraphQLClient.operation("introspection-full"))).post("/graphql")
                .then().statusCode(200).body("errors", nullValue())
                .body("data.__schema.types.size()", greaterThan(30))
                .body("data.__schema.queryType.name", is("Query"));
    }

    @Test
    void getIsNotAWayAroundTheGate() {
        // a query by GET is measured as one by POST is, and refused before it runs
        given().queryParam("query", "{ officials(first:100){ nodes { statements(first:100){ speaker { "
                + "statements(first:100) { id } } } } } }").get("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", is("LIMIT_EXCEEDED"));
        given().queryParam("query", "{ __typename }").get("/graphql").then().statusCode(200)
                .body("data.__typename", is("Query"));
    }

    @Test
    void theDocumentCacheKeepsNoInvalidDocument() {
        long before = documents.cached();
        for (int i = 0; i < 50; i++) {
            given().contentType("application/json").body(Map.of("query", "{ nothing" + i + " }")).post("/graphql")
                    .then().statusCode(400).body("errors[0].extensions.classification", is("ValidationError"));
        }
        assertEquals(before, documents.cached(), "invalid documents are not kept");
        given().contentType("application/json").body(Map.of("query", "{ __typename a: __typename }"))
                .post("/graphql").then().statusCode(200);
        assertEquals(before + 1, documents.cached(), "a valid document is kept");
    }

    private static Attack refused(String name, String body, Map<String, String> headers, String limit) {
        return new Attack(name, body, headers, 400, limit(limit));
    }

    private static Consumer<Response> limit(String limit) {
        return r -> r.then().contentType(containsString("application/graphql-response+json"))
                .body("data", nullValue())
                .body("errors", hasSize(1))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo(limit))
                .body("errors[0].extensions.maximum", notNullValue())
                .body("errors[0].message", not(containsString("Exception")));
    }

    private static Consumer<Response> code(String code) {
        return r -> r.then().body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].message", not(containsString("Exception")))
                .body("errors[0].message.length()", lessThan(400));
    }

    private static String body(String query) {
        return body(query, Map.of());
    }

    private static String body(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        try {
            return JSON.writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviated(String text) {
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
