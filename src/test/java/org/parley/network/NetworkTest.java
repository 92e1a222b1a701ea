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

/** The who-met-whom network of the shipped article and of a small graph made for the test. */
@QuarkusTest
class NetworkTest extends GraphFixtureTest {


    @Test
    void theArticleIsOneEdgeBetweenSouthKoreaAndJapan() {
        String meeting = rows.id("Meeting", "bilateral_meeting", "summary LIKE 'South Korean Vice%'");
        run("network", "level", "COUNTRY")
                .body("errors", nullValue())
                .body("data.network.totalNodeCount", equalTo(2))
                .body("data.network.truncated", equalTo(false))
                .body("data.network.nodes.country.code", contains("KR", "JP"))
                .body("data.network.nodes.official", everyItem(nullValue()))
                .body("data.network.nodes.meetingCount", contains(1, 1))
                .body("data.network.nodes.partnerCount", contains(1, 1))
                .body("data.network.edges", hasSize(1))
                .body("data.network.edges[0].source", equalTo(rows.country("KR")))
                .body("data.network.edges[0].target", equalTo(rows.country("JP")))
                .body("data.network.edges[0].weight", equalTo(1))
                .body("data.network.edges[0].firstHeldOn", nullValue())
                .body("data.network.edges[0].meetingIds", contains(meeting))
                .body("data.network.edges[0].meetings.id", contains(meeting));
    }

    @Test
    void officialsLinkBaekAndNishiButNotTheSpokesperson() {
        run("network", "level", "OFFICIAL")
                .body("errors", nullValue())
                .body("data.network.nodes.official.name", contains("Baek Seung-joo", "Masanori Nishi"))
                .body("data.network.nodes.country.code", contains("KR", "JP"))
                .body("data.network.nodes.id", contains(rows.official("Baek Seung-joo"), rows.official("Masanori Nishi")))
                .body("data.network.edges", hasSize(1))
                .body("data.network.edges[0].source", equalTo(rows.official("Baek Seung-joo")))
                .body("data.network.edges[0].target", equalTo(rows.official("Masanori Nishi")))
                .body("data.network.edges[0].weight", equalTo(1));
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
