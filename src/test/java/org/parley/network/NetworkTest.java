package org.parley.network;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.GraphFixtureTest;

/** The who-met-whom network of the shipped articles and of a small graph made for the test. */
@QuarkusTest
class NetworkTest extends GraphFixtureTest {


    @Test
    void theArticlesMeetingsOfTwoCountriesAreTheEdges() {
        String meeting = rows.id("Meeting", "bilateral_meeting", "summary LIKE 'South Korean Vice%'");
        String later = rows.id("Meeting", "bilateral_meeting",
                "forum_id = (SELECT id FROM forum WHERE name = 'Seoul Defense Dialogue' AND edition = 11)");
        String monday = "date_text = 'Monday' AND id IN (SELECT meeting_id FROM meeting_side"
                + " WHERE country_id = (SELECT id FROM country WHERE code = ?))";
        // Baek's meetings with the U.N. and the EU have an organisation for a side: no pair, no edge
        run("network", "level", "COUNTRY")
                .body("errors", nullValue())
                .body("data.network.totalNodeCount", equalTo(5))
                .body("data.network.truncated", equalTo(false))
                // the most meetings first, then in the order the countries were recorded
                .body("data.network.nodes.country.code", contains("KR", "JP", "US", "PH", "ID"))
                .body("data.network.nodes.official", everyItem(nullValue()))
                .body("data.network.nodes.meetingCount", contains(5, 2, 1, 1, 1))
                .body("data.network.nodes.partnerCount", contains(4, 1, 1, 1, 1))
                .body("data.network.edges", hasSize(4))
                .body("data.network.edges.source", everyItem(equalTo(rows.country("KR"))))
                .body("data.network.edges.target", contains(rows.country("JP"), rows.country("US"),
                        rows.country("PH"), rows.country("ID")))
                .body("data.network.edges.weight", contains(2, 1, 1, 1))
                .body("data.network.edges.firstHeldOn", everyItem(nullValue()))
                .body("data.network.edges.lastHeldOn", everyItem(nullValue()))
                // Baek and Nishi's meeting (of both first articles) and Shin and Oka's, latest recorded first
                .body("data.network.edges[0].meetingIds", contains(later, meeting))
                .body("data.network.edges[0].meetings.id", contains(later, meeting))
                .body("data.network.edges[1].meetingIds", contains(rows.id("Meeting", "bilateral_meeting", monday,
                        "US")))
                .body("data.network.edges[2].meetingIds", contains(rows.id("Meeting", "bilateral_meeting", monday,
                        "PH")))
                .body("data.network.edges[3].meetingIds", contains(rows.id("Meeting", "bilateral_meeting", monday,
                        "ID")));
        run("network", "level", "COUNTRY", "filter", Map.of("betweenCountries",
                List.of(rows.country("KR"), rows.country("JP"))))
                .body("errors", nullValue())
                .body("data.network.totalNodeCount", equalTo(2))
                .body("data.network.nodes.country.code", contains("KR", "JP"))
                .body("data.network.nodes.meetingCount", contains(2, 2))
                .body("data.network.nodes.partnerCount", contains(1, 1))
                .body("data.network.edges", hasSize(1))
                .body("data.network.edges[0].weight", equalTo(2))
                .body("data.network.edges[0].meetingIds", contains(later, meeting));
    }

    @Test
    void officialsLinkBaekAndNishiButNotTheSpokesperson() {
        // and Shin and Oka; Baek's other counterparts go unnamed, so they are no nodes
        run("network", "level", "OFFICIAL")
                .body("errors", nullValue())
                .body("data.network.nodes.official.name", contains("Baek Seung-joo", "Masanori Nishi", "Shin Beom-chul",
                        "Masami Oka"))
                .body("data.network.nodes.country.code", contains("KR", "JP", "KR", "JP"))
                .body("data.network.nodes.id", contains(rows.official("Baek Seung-joo"),
                        rows.official("Masanori Nishi"), rows.official("Shin Beom-chul"), rows.official("Masami Oka")))
                .body("data.network.edges", hasSize(2))
                .body("data.network.edges[0].source", equalTo(rows.official("Baek Seung-joo")))
                .body("data.network.edges[0].target", equalTo(rows.official("Masanori Nishi")))
                .body("data.network.edges[0].weight", equalTo(1))
                .body("data.network.edges[1].source", equalTo(rows.official("Shin Beom-chul")))
                .body("data.network.edges[1].target", equalTo(rows.official("Masami Oka")))
                .body("data.network.edges[1].weight", equalTo(1));
    }

    @Test
    void edgesAreWeightedAndDatedAndTheGraphIsCutToMaxNodes() {
        fixture.create();
        Map<String, Object> filter = Map.of("forumIds", List.of(fixture.forum()));
        String xd = fixture.country("XD");
        String xe = fixture.country("XE");
        run("network", "filter", filter)
                .body("errors", nullValue())
                .body("data.network.nodes.country.code", contains("XE", "XD", "XF"))
                .body("data.network.nodes.meetingCount", contains(4, 3, 1))
                .body("data.network.nodes.partnerCount", contains(2, 1, 1))
                .body("data.network.edges.weight", contains(3, 1))
                .body("data.network.edges[0].source", equalTo(xd))
                .body("data.network.edges[0].target", equalTo(xe))
                .body("data.network.edges[0].firstHeldOn", equalTo("2021-01-10"))
                .body("data.network.edges[0].lastHeldOn", equalTo("2021-03-20"))
                .body("data.network.edges[0].meetingIds", contains(fixture.meeting(3), fixture.meeting(1), fixture.meeting(4)));
        run("network", "filter", filter, "maxNodes", 2)
                .body("data.network.totalNodeCount", equalTo(3))
                .body("data.network.truncated", equalTo(true))
                .body("data.network.nodes.country.code", contains("XE", "XD"))
                .body("data.network.edges.weight", contains(3));
        run("network", "filter", Map.of("forumIds", List.of(fixture.forum()), "heldFrom", "2021-03-01"))
                .body("data.network.edges.weight", contains(1, 1));
    }

    @Test
    void officialsOnOppositeSidesAreLinked() {
        fixture.create();
        run("network", "filter", Map.of("forumIds", List.of(fixture.forum())), "level", "OFFICIAL")
                .body("errors", nullValue())
                .body("data.network.nodes[0].official.name", equalTo("Graph official XE 0"))
                .body("data.network.nodes[0].meetingCount", equalTo(4))
                .body("data.network.nodes[0].partnerCount", equalTo(3))
                .body("data.network.edges", hasSize(3))
                .body("data.network.edges[0].weight", equalTo(2))
                .body("data.network.edges[0].source", equalTo(fixture.official("XD", 0)))
                .body("data.network.edges[0].target", equalTo(fixture.official("XE", 0)));
    }

    @Test
    void noMeetingsIsAnEmptyNetwork() {
        run("network", "filter", Map.of("countryIds", List.of(rows.country("CN"))))
                .body("errors", nullValue())
                .body("data.network.nodes", empty())
                .body("data.network.edges", empty())
                .body("data.network.truncated", equalTo(false));
    }

    @Test
    void boundsAndBadIdsAreRefused() {
        run("network", "maxNodes", 0).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("network", "maxNodes", 201).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("network", "filter", Map.of("countryIds", List.of(rows.official("Baek Seung-joo"))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
