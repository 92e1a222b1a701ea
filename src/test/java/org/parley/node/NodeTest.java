package org.parley.node;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.GraphFixtureTest;
import org.parley.graphql.GlobalId;

/** Relay's node(id:) and nodes(ids:), on both read paths: every type with an ID, unknown and malformed IDs. */
@QuarkusTest
class NodeTest extends GraphFixtureTest {

    private static final String NODE = "query($id: ID!) { node(id: $id) { __typename id"
            + " ... on Official { name } ... on Position { title } ... on Country { code } } }";
    private static final String NODES = "query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }";

    @Test
    void everyTypeWithAnIdIsFoundAgainByIt() {
        List<String> ids = List.of(rows.country("KR"), rows.official("Baek Seung-joo"),
                rows.id("Position", "official_position", "true ORDER BY id LIMIT 1"),
                rows.id("Organization", "organization", "true ORDER BY id LIMIT 1"),
                rows.id("Forum", "forum", "true ORDER BY id LIMIT 1"),
                rows.id("Meeting", "bilateral_meeting", "true ORDER BY id LIMIT 1"),
                rows.id("Statement", "statement", "true ORDER BY id LIMIT 1"),
                rows.id("Article", "article", "true ORDER BY id LIMIT 1"),
                rows.id("Topic", "topic", "true ORDER BY id LIMIT 1"));
        assertEquals(NodeGraphQL.TYPES.size(), ids.size(), "one ID of every type node finds");
        for (String execution : new String[] {"single-statement", "resolvers"}) {
            for (String id : ids) {
                post(execution, NODE, Map.of("id", id)).body("errors", nullValue()).body("data.node.id", is(id));
            }
            post(execution, NODE, Map.of("id", rows.official("Baek Seung-joo")))
                    .body("data.node.__typename", is("Official")).body("data.node.name", is("Baek Seung-joo"));
            post(execution, NODE, Map.of("id", rows.country("KR"))).body("data.node.code", is("KR"));
            post(execution, NODES, Map.of("ids", ids)).body("errors", nullValue())
                    .body("data.nodes.id", is(ids))
                    .body("data.nodes.__typename", contains("Country", "Official", "Position", "Organization", "Forum",
                            "Meeting", "Statement", "Article", "Topic"));
        }
    }

    @Test
    void anIdOfNothingIsNullAndAMalformedOneIsRefused() {
        String missing = GlobalId.encode("Official", 987_654_321L);
        String topic = rows.id("Topic", "topic", "true ORDER BY id LIMIT 1");
        for (String execution : new String[] {"single-statement", "resolvers"}) {
            post(execution, NODE, Map.of("id", missing)).body("errors", nullValue()).body("data.node", nullValue());
            post(execution, NODES, Map.of("ids", List.of(missing, topic))).body("errors", nullValue())
                    .body("data.nodes", is(Arrays.asList(null, Map.of("__typename", "Topic", "id", topic))));
            post(execution, NODE, Map.of("id", "not-an-id"))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("not an ID of this API"));
            post(execution, NODE, Map.of("id", GlobalId.encode("Nonsense", 1)))
                    .body("errors[0].extensions.code", is("BAD_USER_INPUT"));
        }
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            many.add(topic);
        }
        post("single-statement", NODES, Map.of("ids", many)).body("errors[0].extensions.code", is("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("at most 100"));
    }

    @Test
    void anIdIssuedUnderTheMeetingsFormerTypeNameStillFindsIt() {
        String current = rows.id("Meeting", "bilateral_meeting", "true ORDER BY id LIMIT 1");
        long dbId = GlobalId.decode("Meeting", current);
        String former = GlobalId.encode("BilateralMeeting", dbId);
        for (String execution : new String[] {"single-statement", "resolvers"}) {
            post(execution, "query($id: ID!) { meeting(id: $id) { id } }", Map.of("id", former))
                    .body("errors", nullValue()).body("data.meeting.id", is(current));
            post(execution, NODE, Map.of("id", former)).body("data.node.__typename", is("Meeting"))
                    .body("data.node.id", is(current));
        }
    }

    @Test
    void aRelationSelectedTwiceBelowNodesGetsItsOwnList() {
        String baek = rows.official("Baek Seung-joo");
        String twice = "query($ids: [ID!]!) { nodes(ids: $ids) { ... on Official { one: statements(first: 1) { id }"
                + " all: statements(first: 20) { id } } } }";
        for (String execution : new String[] {"single-statement", "resolvers"}) {
            post(execution, twice, Map.of("ids", List.of(baek))).body("errors", nullValue())
                    .body("data.nodes[0].one.size()", is(1))
                    .body("data.nodes[0].all.size()", org.hamcrest.Matchers.greaterThan(1));
        }
    }

    private static io.restassured.response.ValidatableResponse post(String execution, String query,
            Map<String, Object> variables) {
        return given().header("X-Parley-Execution", execution).contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables)).post("/graphql").then().statusCode(200);
    }
}
