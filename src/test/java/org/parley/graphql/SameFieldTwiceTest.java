package org.parley.graphql;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One relation selected twice below the same parent, with different arguments (through aliases, through a
 * connection's nodes and edges, or the same object reached by two paths): each selection gets its own list, through
 * the resolvers as through the single statement. The shipped article's official Baek Seung-joo made 6 statements.
 */
@QuarkusTest
class SameFieldTwiceTest {

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

    /** The answer through the resolvers, which must be the single statement's, without errors. */
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
