package org.parley;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The README's examples of the questions that cross the graph, with the answers the shipped article supports. */
@QuarkusTest
class GraphExamplesTest {

    @Inject
    DataSource dataSource;
    Rows rows;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
    }

    @Test
    void searchFindsANameHoweverItIsWritten() {
        run("example-search-name")
                .body("errors", nullValue())
                .body("data.search[0].type", equalTo("OFFICIAL"))
                .body("data.search[0].node.__typename", equalTo("Official"))
                .body("data.search[0].node.name", equalTo("Baek Seung-joo"))
                .body("data.search[0].node.country.code", equalTo("KR"))
                .body("data.search[0].node.statements", hasSize(2));
    }

    @Test
    void searchFindsTheTopicAndTheStatementsThatSayIt() {
        run("example-search-topic")
                .body("errors", nullValue())
                .body("data.search.type", hasItem("TOPIC"))
                .body("data.search.findAll { it.type == 'STATEMENT' }.node.speaker.name", everyItem(equalTo("Baek Seung-joo")))
                .body("data.search.findAll { it.type == 'STATEMENT' }", hasSize(3))
                .body("data.search.snippet", everyItem(containsString("<b>")));
    }

    @Test
    void theCountryNetworkHasAnEdgeForEachPairThatMet() {
        // Baek's talks with the U.N. and the EU are meetings of no pair of countries
        run("example-network")
                .body("errors", nullValue())
                .body("data.network.nodes.country.code", containsInAnyOrder("KR", "JP", "US", "PH", "ID"))
                .body("data.network.edges", hasSize(4))
                .body("data.network.edges.weight", containsInAnyOrder(2, 1, 1, 1))
                .body("data.network.edges.find { it.weight == 2 }.meetings", hasSize(2))
                .body("data.network.edges.firstHeldOn", everyItem(nullValue()));
    }

    @Test
    void theTimelineBetweenSouthKoreaAndJapan() {
        run("example-relations", "kr", rows.country("KR"), "jp", rows.country("JP"))
                .body("errors", nullValue())
                // six statements and the two meetings of South Korea and Japan, one at each edition
                .body("data.relationsBetween.totalCount", equalTo(8))
                .body("data.relationsBetween.nodes", hasSize(3))
                .body("data.relationsBetween.pageInfo.hasNextPage", equalTo(true));
    }

    @Test
    void oneHopToNishiAndNoPathToKim() {
        run("example-path", "baek", rows.official("Baek Seung-joo"), "nishi", rows.official("Masanori Nishi"),
                "kim", rows.official("Kim Min-seok"))
                .body("errors", nullValue())
                .body("data.toNishi", hasSize(1))
                .body("data.toNishi[0].toOfficial.name", equalTo("Masanori Nishi"))
                .body("data.toNishi[0].meeting.forum.name", equalTo("Seoul Defense Dialogue"))
                .body("data.toKim", empty());
    }

    @Test
    void countsByKindTopicAndPair() {
        run("example-counts")
                .body("errors", nullValue())
                .body("data.byKind.findAll { it.label == 'PARAPHRASE' }.count", contains(4))
                .body("data.byKind.findAll { it.label == 'QUOTE' }.count", contains(2))
                .body("data.byTopic.find { it.topic.name == 'collective self-defense' }.count", equalTo(5))
                .body("data.byPair.count", contains(2, 1, 1, 1))
                .body("data.byPair[0].countries.name", containsInAnyOrder("South Korea", "Japan"))
                .body("data.byPair.label", hasSize(4));
    }

    @Test
    void noEarlierMeetingIsRecordedDespiteTheNote() {
        run("example-history")
                .body("errors", nullValue())
                .body("data.meetings.nodes[0].previousMeetingBetweenSides", nullValue())
                .body("data.meetings.nodes[0].daysSincePreviousMeeting", nullValue())
                .body("data.meetings.nodes.previousMeetingBetweenSides", everyItem(nullValue()))
                .body("data.meetings.nodes.daysSincePreviousMeeting", everyItem(nullValue()));
    }
}
