package org.parley.relation;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.GraphQLClient.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.GraphFixtureTest;

/** The timeline between two countries: the shipped article's meeting and statements, order, pages and errors. */
@QuarkusTest
class RelationsBetweenTest extends GraphFixtureTest {

    private static final String HEADLINE = "Seoul cautions Tokyo over collective self-defense move";


    @Test
    void southKoreaAndJapanHaveTheirMeetingAndBaeksStatements() {
        String edges = "data.relationsBetween.edges.node";
        run("relationsBetween", "a", rows.country("KR"), "b", rows.country("JP"), "first", 20)
                .body("errors", nullValue())
                .body("data.relationsBetween.totalCount", equalTo(7))
                .body(edges + ".findAll { it.kind == 'MEETING' }", hasSize(1))
                .body(edges + ".find { it.kind == 'MEETING' }.forum.name", equalTo("Seoul Defense Dialogue"))
                .body(edges + ".find { it.kind == 'MEETING' }.dateText", equalTo("Wednesday"))
                .body(edges + ".find { it.kind == 'MEETING' }.topics.name",
                        contains("collective self-defense", "military intelligence-sharing pact"))
                .body(edges + ".find { it.kind == 'MEETING' }.statement", nullValue())
                .body(edges + ".findAll { it.kind == 'STATEMENT' }", hasSize(6))
                .body(edges + ".findAll { it.kind == 'STATEMENT' }.statement.speaker.name",
                        everyItem(equalTo("Baek Seung-joo")))
                .body(edges + ".findAll { it.kind == 'STATEMENT' }.statement.addresseeCountry.code",
                        everyItem(equalTo("JP")))
                .body(edges + ".findAll { it.kind == 'STATEMENT' && it.meeting != null }.forum.name",
                        contains("Seoul Defense Dialogue", "Seoul Defense Dialogue", "Seoul Defense Dialogue",
                                "Seoul Defense Dialogue"))
                .body(edges + ".findAll { it.kind == 'STATEMENT' && it.meeting == null }.dateText",
                        contains("recently", "recently"))
                .body(edges + ".findAll { it.kind == 'STATEMENT' && it.meeting == null }.forum",
                        contains(nullValue(), nullValue()))
                .body(edges + ".articles.flatten().headline", everyItem(equalTo(HEADLINE)))
                .body(edges + ".articles", everyItem(hasSize(1)));
        run("relationsBetween", "a", rows.country("JP"), "b", rows.country("KR"))
                .body("data.relationsBetween.totalCount", equalTo(7));
        run("relationsBetween", "a", rows.country("KR"), "b", rows.country("CN"))
                .body("errors", nullValue())
                .body("data.relationsBetween.totalCount", equalTo(0))
                .body("data.relationsBetween.edges", empty());
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<String> seen = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 3; page++) {
            JsonPath json = run("relationsBetween", "a", rows.country("KR"), "b", rows.country("JP"), "first", 3,
                    "after", after).body("errors", nullValue()).extract().jsonPath();
            seen.addAll(json.getList("data.relationsBetween.edges.node.collect { it.statement?.id ?: it.meeting.id }",
                    String.class));
            after = json.getString("data.relationsBetween.pageInfo.endCursor");
            assertEquals(page < 2, json.getBoolean("data.relationsBetween.pageInfo.hasNextPage"));
        }
        assertEquals(7, seen.size());
        assertEquals(7, new HashSet<>(seen).size(), seen.toString());
    }

    @Test
    void datedEntriesComeInOrderAndOnlyBetweenTheTwo() {
        fixture.create();
        String a = fixture.country("XD");
        String b = fixture.country("XE");
        String node = "data.relationsBetween.edges.node";
        run("relationsBetween", "a", a, "b", b)
                .body("errors", nullValue())
                .body("data.relationsBetween.totalCount", equalTo(5))
                .body(node + ".date", contains("2021-03-20", "2021-02-01", "2021-01-10", null, null))
                .body(node + ".kind[0..2]", contains("MEETING", "STATEMENT", "MEETING"))
                .body(node + ".kind[3..4]", containsInAnyOrder("MEETING", "STATEMENT"))
                .body(node + ".statement.text.findAll { it != null }",
                        containsInAnyOrder("Graph fixture statement one", "Graph fixture statement two"))
                .body(node + ".find { it.statement?.text == 'Graph fixture statement two' }.meeting.id",
                        equalTo(fixture.meeting(3)));
        run("relationsBetween", "a", b, "b", a, "order", "OLDEST_FIRST")
                .body(node + ".date", contains(null, null, "2021-01-10", "2021-02-01", "2021-03-20"));
    }

    @Test
    void badArgumentsAreRefused() {
        String kr = rows.country("KR");
        run("relationsBetween", "a", kr, "b", kr).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("relationsBetween", "a", kr, "b", rows.official("Baek Seung-joo"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("relationsBetween", "a", kr, "b", rows.country("JP"), "after", "nonsense")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("relationsBetween", "a", kr, "b", rows.country("JP"), "first", 101)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
