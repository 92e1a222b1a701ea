package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.Rows;

/**
 * One relation selected twice below the same parent, with different arguments (through aliases, through a
 * connection's nodes and edges, or the same object reached by two paths): each selection gets its own list, through
 * the resolvers as through the single statement. The shipped article's official Baek Seung-joo made 6 statements.
 */
@QuarkusTest
class SameFieldTwiceTest {

    /** Baek Seung-joo's statements twice: the first one, and all (6). */
    private static final String TWICE = "a: statements(first: 1) { id } b: statements { id }";

    @Inject
    DataSource dataSource;

    @Test
    void nodesAndEdgesOfAConnectionEachGetTheirOwnPageSize() {
        String query = "{ officials(first: 1, orderBy: NAME_ASC) { edges { node { statements(first: 1) { id } } } "
                + "nodes { statements(first: 3) { id } } } }";
        JsonPath answer = bothWays(query, Map.of());
        assertEquals(1, answer.getList("data.officials.edges[0].node.statements").size());
        assertEquals(3, answer.getList("data.officials.nodes[0].statements").size());
    }

    @Test
    void twoAliasesOfOneRelationEachGetTheirOwnArguments() {
        String query = "{ officials(first: 1, orderBy: NAME_ASC) { nodes { a: statements(first: 3) { id } "
                + "b: statements(first: 1) { id } } } }";
        JsonPath answer = bothWays(query, Map.of());
        assertEquals(3, answer.getList("data.officials.nodes[0].a").size());
        assertEquals(1, answer.getList("data.officials.nodes[0].b").size());
    }

    @Test
    void anArgumentLeftOutTakesItsDefaultNotTheOtherSelectionsValue() {
        String query = "query($n: Int) { officials(first: 1, orderBy: NAME_ASC) { nodes { "
                + "a: statements(first: $n) { id } b: statements { id } } } }";
        JsonPath answer = bothWays(query, Map.of("n", 2));
        assertEquals(2, answer.getList("data.officials.nodes[0].a").size());
        assertEquals(6, answer.getList("data.officials.nodes[0].b").size());
    }

    @Test
    void theSameObjectReachedTwiceAnswersEachSelection() {
        String query = "{ officials(first: 1, orderBy: NAME_ASC) { nodes { statements(first: 1) { "
                + "speaker { statements(first: 4) { id } } "
                + "again: speaker { statements(first: 2) { id } } } } } }";
        JsonPath answer = bothWays(query, Map.of());
        assertEquals(4, answer.getList("data.officials.nodes[0].statements[0].speaker.statements").size());
        assertEquals(2, answer.getList("data.officials.nodes[0].statements[0].again.statements").size());
    }

    @Test
    void aSearchHitsNodeAnswersEachSelection() {
        JsonPath answer = bothWays("{ search(query: \"baek seungjoo\", types: [OFFICIAL], first: 1) {"
                + " node { ... on Official { " + TWICE + " } } } }", Map.of());
        assertBaekTwice(answer, "data.search.node");
    }

    @Test
    void aPathsOfficialsAnswerEachSelection() {
        Rows rows = new Rows(dataSource);
        JsonPath answer = throughResolvers("query($from: ID, $to: ID) { path(fromOfficial: $from, toOfficial: $to) {"
                + " fromOfficial { " + TWICE + " } } }",
                Map.of("from", rows.official("Baek Seung-joo"), "to", rows.official("Masanori Nishi")));
        assertBaekTwice(answer, "data.path.fromOfficial");
    }

    @Test
    void aNetworksOfficialsAnswerEachSelection() {
        JsonPath answer = throughResolvers("{ network(level: OFFICIAL) { nodes { official { name " + TWICE + " } } } }",
                Map.of());
        assertBaekTwice(answer, "data.network.nodes.official.findAll { it.name == 'Baek Seung-joo' }");
    }

    @Test
    void aTimelinesMeetingsAnswerEachSelection() {
        Rows rows = new Rows(dataSource);
        JsonPath answer = throughResolvers("query($a: ID!, $b: ID!) { relationsBetween(countryA: $a, countryB: $b) {"
                + " nodes { meeting { participants { official { name " + TWICE + " } } } } } }",
                Map.of("a", rows.country("KR"), "b", rows.country("JP")));
        // the meeting, and the statements made at it, each with the meeting
        assertBaekTwice(answer, "data.relationsBetween.nodes.meeting.participants.official.flatten()"
                + ".findAll { it.name == 'Baek Seung-joo' }");
    }

    @Test
    void aCountsTopicAnswersEachSelection() {
        JsonPath answer = throughResolvers("{ statementCounts(by: TOPIC, first: 1) { label topic {"
                + " a: statements(first: 1) { id } b: statements(first: 5) { id } } } }", Map.of());
        assertEquals("collective self-defense", answer.getString("data.statementCounts[0].label"));
        assertEquals(1, answer.getList("data.statementCounts[0].topic.a").size());
        assertEquals(5, answer.getList("data.statementCounts[0].topic.b").size());
    }

    /** Each of Baek Seung-joo's objects at {@code path} (one or more) has his first statement as a, all six as b. */
    private static void assertBaekTwice(JsonPath answer, String path) {
        assertEquals(List.of(1), answer.getList(path + ".collect { it.a.size() }.unique()"), answer.prettify());
        assertEquals(List.of(6), answer.getList(path + ".collect { it.b.size() }.unique()"), answer.prettify());
    }

    /** The answer of a query that only the resolvers answer, without errors. */
    private static JsonPath throughResolvers(String query, Map<String, Object> variables) {
        Response response = post(query, variables, "resolvers");
        assertNull(response.jsonPath().get("errors"), response.asString());
        return response.jsonPath();
    }

    /** The answer through the resolvers, which must be the single statement's, without errors. */
    @Test
    void belowAMutationsPayloadEachSelectionGetsItsOwnList() throws Exception {
        // the shipped article again: recorded already, so the import changes nothing
        Map<?, ?> document = new ObjectMapper().readValue(
                getClass().getResourceAsStream("/seed/seoul-defense-dialogue.json"), Map.class);
        String mutation = "mutation($d: ArticleImportInput!) { importArticle(document: $d) { changed"
                + " article { mentionedOfficials { name " + TWICE + " } } } }";
        JsonPath answer = given().auth().preemptive().basic(GraphQLClient.EDITOR, "parley-dev")
                .contentType(ContentType.JSON).body(Map.of("query", mutation, "variables", Map.of("d", document)))
                .post("/graphql").then().statusCode(200).body("errors", nullValue()).extract().jsonPath();
        assertEquals(false, answer.getBoolean("data.importArticle.changed"));
        List<Map<String, Object>> officials = answer.getList("data.importArticle.article.mentionedOfficials");
        Map<String, Object> baek = officials.stream().filter(o -> o.get("name").equals("Baek Seung-joo")).findFirst()
                .orElseThrow();
        assertEquals(1, ((List<?>) baek.get("a")).size());
        assertEquals(6, ((List<?>) baek.get("b")).size());
    }

    private static JsonPath bothWays(String query, Map<String, Object> variables) {
        Response direct = post(query, variables, "single-statement");
        Response resolvers = post(query, variables, "resolvers");
        assertEquals(List.of(), resolvers.jsonPath().getList("errors") == null ? List.of()
                : resolvers.jsonPath().getList("errors"), resolvers.asString());
        assertEquals(direct.jsonPath().getMap("data"), resolvers.jsonPath().getMap("data"),
                "the resolvers answer as the single statement does");
        return resolvers.jsonPath();
    }

    private static Response post(String query, Map<String, Object> variables, String path) {
        Response response = given().header("X-Parley-Execution", path).contentType("application/json")
                .body(Map.of("query", query, "variables", variables)).post("/graphql");
        response.then().statusCode(200);
        return response;
    }
}
