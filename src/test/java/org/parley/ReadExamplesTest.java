package org.parley;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The README's example queries about forums, meetings and statements, with the answers the shipped article gives. */
@QuarkusTest
class ReadExamplesTest {

    private static final String BAEK = "Baek Seung-joo";

    @Inject
    DataSource dataSource;

    @Test
    void whoMetWhomAtWhichForum() {
        run("example-who-met-whom")
                .body("errors", nullValue())
                .body("data.meetings.totalCount", equalTo(1))
                .body("data.meetings.edges[0].node.forum.name", equalTo("Seoul Defense Dialogue"))
                .body("data.meetings.edges[0].node.forum.hostCountry.name", equalTo("South Korea"))
                .body("data.meetings.edges[0].node.onSidelines", equalTo(true))
                .body("data.meetings.edges[0].node.dateText", equalTo("Wednesday"))
                .body("data.meetings.edges[0].node.notes", hasItem(
                        "The first vice-ministerial talks between the two countries in two years."))
                .body("data.meetings.edges[0].node.sides.country.name", contains("South Korea", "Japan"))
                .body("data.meetings.edges[0].node.sides.participants.flatten().official.name",
                        contains(BAEK, "Masanori Nishi"))
                .body("data.meetings.edges[0].node.sides.participants.flatten().position.title",
                        everyItem(equalTo("Vice Defense Minister")))
                .body("data.meetings.edges[0].node.topics.name",
                        contains("collective self-defense", "military intelligence-sharing pact"));
    }

    @Test
    void whatEachOfficialSaidAboutWhichTopic() {
        String baek = "data.officials.edges.find { it.node.name == '" + BAEK + "' }.node";
        run("example-what-was-said")
                .body("errors", nullValue())
                .body("data.officials.edges.node.name", containsInAnyOrder(BAEK, "Kim Min-seok", "Masanori Nishi"))
                .body("data.officials.edges.find { it.node.name != '" + BAEK + "' }.node.statements", hasSize(0))
                .body(baek + ".statements", hasSize(6))
                .body(baek + ".statements.kind", contains("PARAPHRASE", "PARAPHRASE", "QUOTE", "QUOTE",
                        "PARAPHRASE", "PARAPHRASE"))
                .body(baek + ".statements.addresseeCountry.name", everyItem(equalTo("Japan")))
                .body(baek + ".statements.findAll { it.kind == 'QUOTE' }.relayedBy.name",
                        everyItem(equalTo("Kim Min-seok")))
                .body(baek + ".statements.findAll { it.kind == 'QUOTE' }.relayedByPosition.title",
                        everyItem(equalTo("Spokesperson")))
                .body(baek + ".statements.findAll { it.meeting == null }.dateText", contains("recently", "recently"))
                .body(baek + ".statements[1].topics.name", contains("military intelligence-sharing pact"))
                .body(baek + ".statements.topics.flatten().name", hasItem("collective self-defense"))
                .body(baek + ".statements.articles.flatten().headline",
                        everyItem(equalTo("Seoul cautions Tokyo over collective self-defense move")));
    }

    @Test
    void whichCountriesTookPartInTheForum() {
        String forum = "data.forums.edges[0].node";
        run("example-forum-participants")
                .body("errors", nullValue())
                .body("data.forums.edges", hasSize(1))
                .body(forum + ".durationDays", equalTo(3))
                .body(forum + ".endDateText", equalTo("Wednesday"))
                .body(forum + ".participatingCountryCount", equalTo(21))
                .body(forum + ".hostOrganization.name", equalTo("Defense Ministry"))
                .body(forum + ".participants.country.code.findAll { it != null }",
                        contains("AU", "CA", "JP", "SG", "KR", "US"))
                .body(forum + ".participants.organization.shortName.findAll { it != null }",
                        contains("EU", "NATO", "U.N."))
                .body(forum + ".meetings[0].sides.country.code", contains("KR", "JP"));
    }

    @Test
    void meetingsBetweenTwoCountries() {
        Rows rows = new Rows(dataSource);
        run("example-meetings-between", "a", rows.country("JP"), "b", rows.country("KR"))
                .body("errors", nullValue())
                .body("data.meetings.totalCount", equalTo(1))
                .body("data.meetings.edges[0].node.participants.country.code", containsInAnyOrder("KR", "JP"));
        run("example-meetings-between", "a", rows.country("JP"), "b", rows.country("CN"))
                .body("data.meetings.totalCount", equalTo(0));
    }

    @Test
    void whomTheViceMinisterMetAndWhatEachSideSaid() {
        String meeting = "data.officials.nodes[0].meetings[0]";
        run("example-vice-minister")
                .body("errors", nullValue())
                .body("data.officials.nodes.name", contains(BAEK))
                .body("data.officials.nodes[0].currentPosition.title", equalTo("Vice Defense Minister"))
                .body("data.officials.nodes[0].currentPosition.organization.country.name", equalTo("South Korea"))
                .body("data.officials.nodes[0].meetings", hasSize(1))
                .body(meeting + ".forum.name", equalTo("Seoul Defense Dialogue"))
                .body(meeting + ".sides.participants.flatten().official.name", contains(BAEK, "Masanori Nishi"))
                .body(meeting + ".statements", hasSize(4))
                .body(meeting + ".statements.speaker.name", everyItem(equalTo(BAEK)))
                .body(meeting + ".statements.findAll { it.topics.name.contains('collective self-defense') }", hasSize(3))
                .body(meeting + ".statements.findAll { it.relayedBy != null }.relayedBy.name",
                        contains("Kim Min-seok", "Kim Min-seok"));
    }

    @Test
    void theReadmeShowsEveryExampleAsTheTestsRunIt() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        for (String example : java.util.List.of("example-vice-minister", "example-who-met-whom", "example-what-was-said",
                "example-forum-participants", "example-meetings-between", "example-search-name", "example-search-topic",
                "example-network", "example-relations", "example-path", "example-counts", "example-history", "example-import-article", "example-update-official")) {
            org.junit.jupiter.api.Assertions.assertTrue(readme.contains(GraphQLClient.operation(example).strip()),
                    "README.md shows " + example + ".graphql as it is");
        }
    }
}
