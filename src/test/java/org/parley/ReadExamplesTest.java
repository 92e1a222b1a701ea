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

/** The README's example queries about forums, meetings and statements, with the answers the shipped reports give. */
@QuarkusTest
class ReadExamplesTest {

    private static final String BAEK = "Baek Seung-joo";
    /** The shipped article's meeting, among the seven the three shipped reports record. */
    private static final String WITH_NISHI = "find { it.sides.participants.flatten().official.name"
            + ".contains('Masanori Nishi') }";

    @Inject
    DataSource dataSource;

    @Test
    void whoMetWhomAtWhichForum() {
        String meeting = "data.meetings.edges.node." + WITH_NISHI;
        run("example-who-met-whom")
                .body("errors", nullValue())
                // Baek with Nishi, his five talks of the first day, and Shin with Oka nine years later
                .body("data.meetings.totalCount", equalTo(7))
                .body("data.meetings.edges", hasSize(7))
                .body("data.meetings.edges.node.forum.name", everyItem(equalTo("Seoul Defense Dialogue")))
                .body("data.meetings.edges.node.sides.participants.flatten().official.name.flatten()",
                        hasItem("Shin Beom-chul"))
                .body(meeting + ".forum.hostCountry.name", equalTo("South Korea"))
                .body(meeting + ".onSidelines", equalTo(true))
                .body(meeting + ".dateText", equalTo("Wednesday"))
                .body(meeting + ".notes", hasItem(
                        "The first vice-ministerial talks between the two countries in two years."))
                .body(meeting + ".sides.country.name", contains("South Korea", "Japan"))
                .body(meeting + ".sides.participants.flatten().official.name", contains(BAEK, "Masanori Nishi"))
                .body(meeting + ".sides.participants.flatten().position.title",
                        everyItem(equalTo("Vice Defense Minister")))
                // the opening report adds a topic it expected the talks to cover
                .body(meeting + ".topics.name", contains("bilateral meeting of defence ministers",
                        "collective self-defense", "military intelligence-sharing pact"));
    }

    @Test
    void whatEachOfficialSaidAboutWhichTopic() {
        String baek = "data.officials.edges.find { it.node.name == '" + BAEK + "' }.node";
        run("example-what-was-said")
                .body("errors", nullValue())
                .body("data.officials.edges.node.name", containsInAnyOrder(BAEK, "Kim Min-seok", "Masanori Nishi",
                        "Shin Beom-chul", "Masami Oka"))
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
                // the second edition, which the shipped article and the opening report describe, and a later one
                .body("data.forums.edges.node.edition", contains(2, 11))
                .body(forum + ".durationDays", equalTo(3))
                .body(forum + ".endDateText", equalTo("Wednesday"))
                .body(forum + ".participatingCountryCount", equalTo(21))
                .body(forum + ".hostOrganization.name", equalTo("Defense Ministry"))
                // countries by name, then organisations, with the rank of each delegation
                .body(forum + ".participants.country.code.findAll { it != null }", contains("AU", "BN", "KH", "CA",
                        "CN", "IN", "ID", "JP", "MY", "MN", "MM", "NZ", "PH", "RU", "SG", "KR", "TH", "GB", "US", "VN"))
                .body(forum + ".participants.organization.shortName.findAll { it != null }",
                        contains("EU", "NATO", "U.N."))
                .body(forum + ".participants.find { it.country?.code == 'KR' }.delegationLevel",
                        equalTo("VICE_MINISTER"))
                .body(forum + ".participants.find { it.organization?.shortName == 'NATO' }.delegationLevel",
                        equalTo("BELOW_VICE_MINISTER"))
                .body(forum + ".meetings", hasSize(6))
                .body(forum + ".meetings.sides.collect { it.country.code }", hasItem(contains("KR", "JP")))
                .body("data.forums.edges[1].node.participants.country.code", contains("JP", "KR"))
                .body("data.forums.edges[1].node.hostOrganization", nullValue());
    }

    @Test
    void meetingsBetweenTwoCountries() {
        Rows rows = new Rows(dataSource);
        run("example-meetings-between", "a", rows.country("JP"), "b", rows.country("KR"))
                .body("errors", nullValue())
                // Baek with Nishi at the second edition, Shin with Oka at the eleventh
                .body("data.meetings.totalCount", equalTo(2))
                .body("data.meetings.edges.node.participants.official.name", containsInAnyOrder(
                        contains(BAEK, "Masanori Nishi"), contains("Shin Beom-chul", "Masami Oka")))
                .body("data.meetings.edges.node.participants.country.code", everyItem(contains("KR", "JP")));
        run("example-meetings-between", "a", rows.country("JP"), "b", rows.country("CN"))
                .body("data.meetings.totalCount", equalTo(0));
    }

    @Test
    void whomTheViceMinisterMetAndWhatEachSideSaid() {
        String meeting = "data.officials.nodes[0].meetings." + WITH_NISHI;
        run("example-vice-minister")
                .body("errors", nullValue())
                .body("data.officials.nodes.name", contains(BAEK))
                .body("data.officials.nodes[0].currentPosition.title", equalTo("Vice Defense Minister"))
                .body("data.officials.nodes[0].currentPosition.organization.country.name", equalTo("South Korea"))
                // Nishi, and the Philippines, Indonesia, the United States, the U.N. and the EU on the first day
                .body("data.officials.nodes[0].meetings", hasSize(6))
                .body("data.officials.nodes[0].meetings.statements.flatten()", hasSize(4))
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
                "example-network", "example-relations", "example-path", "example-counts", "example-history", "example-import-article", "example-update-official",
                "example-editions", "example-edition-meetings", "example-across-editions", "example-delegations")) {
            org.junit.jupiter.api.Assertions.assertTrue(readme.contains(GraphQLClient.operation(example).strip()),
                    "README.md shows " + example + ".graphql as it is");
        }
    }
}
