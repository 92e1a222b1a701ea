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
import static org.parley.ShippedReports.LATER;
import static org.parley.ShippedReports.OPENING;
import static org.parley.ShippedReports.SHIPPED;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.GraphFixtureTest;

/**
 * The timeline between two countries: the shipped articles' meetings and statements (Baek and Nishi's meeting with
 * Baek's statements, and Shin and Oka's later meeting), order, pages and errors.
 */
@QuarkusTest
class RelationsBetweenTest extends GraphFixtureTest {



    @Test
    void southKoreaAndJapanHaveTheirMeetingsAndBaeksStatements() {
        String sdd = "forum_id = (SELECT id FROM forum WHERE name = 'Seoul Defense Dialogue' AND edition = ";
        String meeting = rows.id("Meeting", "bilateral_meeting", sdd + "2) AND date_text = 'Wednesday'");
        String later = rows.id("Meeting", "bilateral_meeting", sdd + "11)");
        String edges = "data.relationsBetween.edges.node";
        String first = edges + ".find { it.kind == 'MEETING' && it.meeting.id == '" + meeting + "' }";
        String second = edges + ".find { it.kind == 'MEETING' && it.meeting.id == '" + later + "' }";
        // the meetings with the U.N., the EU and other countries are not between the two
        run("relationsBetween", "a", rows.country("KR"), "b", rows.country("JP"), "first", 20)
                .body("errors", nullValue())
                .body("data.relationsBetween.totalCount", equalTo(8))
                .body(edges + ".findAll { it.kind == 'MEETING' }", hasSize(2))
                .body(edges + ".findAll { it.kind == 'MEETING' }.meeting.id", containsInAnyOrder(meeting, later))
                .body(first + ".forum.name", equalTo("Seoul Defense Dialogue"))
                .body(first + ".dateText", equalTo("Wednesday"))
                // by name; the meeting of ministers was only expected, by the second article
                .body(first + ".topics.name", contains("bilateral meeting of defence ministers",
                        "collective self-defense", "military intelligence-sharing pact"))
                .body(first + ".statement", nullValue())
                .body(first + ".articles.headline", contains(OPENING, SHIPPED))
                .body(second + ".forum.name", equalTo("Seoul Defense Dialogue"))
                .body(second + ".dateText", equalTo("Wednesday"))
                .body(second + ".topics.name", containsInAnyOrder("South Korean navy joining Japan's fleet review",
                        "military response to Japanese patrol aircraft", "military intelligence-sharing pact"))
                .body(second + ".statement", nullValue())
                .body(second + ".articles.headline", contains(LATER))
                .body(edges + ".findAll { it.kind == 'STATEMENT' }", hasSize(6))
                .body(edges + ".findAll { it.kind == 'STATEMENT' }.statement.speaker.name",
                        everyItem(equalTo("Baek Seung-joo")))
                .body(edges + ".findAll { it.kind == 'STATEMENT' }.statement.addresseeCountry.code",
                        everyItem(equalTo("JP")))
                .body(edges + ".findAll { it.kind == 'STATEMENT' && it.meeting != null }.forum.name",
                        contains("Seoul Defense Dialogue", "Seoul Defense Dialogue", "Seoul Defense Dialogue",
                                "Seoul Defense Dialogue"))
                .body(edges + ".findAll { it.kind == 'STATEMENT' && it.meeting != null }.meeting.id",
                        everyItem(equalTo(meeting)))
                .body(edges + ".findAll { it.kind == 'STATEMENT' && it.meeting == null }.dateText",
                        contains("recently", "recently"))
                .body(edges + ".findAll { it.kind == 'STATEMENT' && it.meeting == null }.forum",
                        contains(nullValue(), nullValue()))
                .body(edges + ".findAll { it.kind == 'STATEMENT' }.articles.flatten().headline",
                        everyItem(equalTo(SHIPPED)))
                .body(edges + ".findAll { it.kind == 'STATEMENT' }.articles", everyItem(hasSize(1)));
        run("relationsBetween", "a", rows.country("JP"), "b", rows.country("KR"))
                .body("data.relationsBetween.totalCount", equalTo(8));
        run("relationsBetween", "a", rows.country("KR"), "b", rows.country("CN"))
                .body("errors", nullValue())
                .body("data.relationsBetween.totalCount", equalTo(0))
                .body("data.relationsBetween.edges", empty());
        // Baek's meeting with the United States at the second edition makes the two countries a pair
        run("relationsBetween", "a", rows.country("KR"), "b", rows.country("US"))
                .body("errors", nullValue())
                .body("data.relationsBetween.totalCount", equalTo(1))
                .body(edges + ".kind", contains("MEETING"))
                .body(edges + ".meeting.id", contains(rows.id("Meeting", "bilateral_meeting", "id IN"
                        + " (SELECT meeting_id FROM meeting_side WHERE country_id = (SELECT id FROM country"
                        + " WHERE code = 'US'))")))
                .body(edges + ".dateText", contains("Monday"))
                .body(edges + ".articles.flatten().headline", contains(OPENING));
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
        assertEquals(8, seen.size());
        assertEquals(8, new HashSet<>(seen).size(), seen.toString());
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
