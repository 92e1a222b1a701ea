package org.parley;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.ShippedReports.LATER;
import static org.parley.ShippedReports.OPENING;
import static org.parley.ShippedReports.SHIPPED;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's section "A graph from many articles": the three shipped reports of the Seoul Defense Dialogue,
 * asked through the API on both read paths, each answer with the articles it comes from.
 */
@QuarkusTest
class ManyArticlesTest {

    @Inject
    DataSource dataSource;
    Rows rows;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
    }

    /** Both read paths, the single statement and the resolvers, give the same answer to an operation. */
    private static Stream<ValidatableResponse> bothPaths(String name, Object... variables) {
        return Stream.<BiFunction<String, Object[], ValidatableResponse>>of(GraphQLClient::run,
                GraphQLClient::runThroughResolvers).map(path -> path.apply(name, variables));
    }

    @Test
    void theSeriesEditionsInOrderTheShippedArticleAndTheOpeningReportDescribingOne() {
        bothPaths("example-editions").forEach(response -> response
                .body("errors", nullValue())
                .body("data.forums.nodes.name", everyItem(equalTo("Seoul Defense Dialogue")))
                .body("data.forums.nodes.edition", contains(2, 11))
                .body("data.forums.nodes.editionDerived", contains(false, true))
                .body("data.forums.nodes.startDateText", contains("Monday", "Tuesday"))
                // the shipped article gives the last day and the length; the report of the tenth year after
                // gives the first day and the length, which rules out the second edition
                .body("data.forums.nodes.endDateText", contains("Wednesday", null))
                .body("data.forums.nodes.durationDays", contains(3, 3))
                .body("data.forums.nodes[0].attendanceText", equalTo("about 180 senior officials and experts from 21"
                        + " countries and three international organisations"))
                .body("data.forums.nodes[1].editionText", equalTo("nine years after the second edition, the forum"
                        + " being held yearly"))
                // the opening report's panels, in its order; the later report names none
                .body("data.forums.nodes[0].panels.theme", contains("peace in Northeast Asia and security in the"
                        + " Asia-Pacific", "non-proliferation", "the military's role in national cyber security"))
                .body("data.forums.nodes[0].panels.dayText", everyItem(equalTo("on the following days")))
                .body("data.forums.nodes[1].panels", hasSize(0))
                .body("data.forums.nodes[0].reportedBy.headline", containsInAnyOrder(SHIPPED, OPENING))
                .body("data.forums.nodes[1].reportedBy.headline", contains(LATER)));
    }

    @Test
    void baekMetTwoOrganisationsAndFourCountriesAtTheSecondEdition() {
        bothPaths("example-edition-meetings").forEach(response -> response
                .body("errors", nullValue())
                .body("data.officials.nodes.name", contains("Baek Seung-joo"))
                .body("data.officials.nodes[0].meetings", hasSize(6))
                .body("data.officials.nodes[0].meetings.forum.edition", everyItem(equalTo(2)))
                .body("data.officials.nodes[0].meetings.status", everyItem(equalTo("HELD")))
                .body("data.officials.nodes[0].meetings.collect { it.sides[1].country?.name"
                        + " ?: it.sides[1].organization.shortName }", containsInAnyOrder("Japan", "Philippines",
                        "Indonesia", "United States", "U.N.", "EU"))
                .body("data.officials.nodes[0].meetings.find { it.sides[1].country?.name == 'Japan' }"
                        + ".reportedBy.headline", containsInAnyOrder(SHIPPED, OPENING))
                .body("data.officials.nodes[0].meetings.findAll { it.dateText == 'Monday' }.reportedBy.flatten()"
                        + ".headline", everyItem(equalTo(OPENING))));
    }

    @Test
    void theKoreaJapanTalksAcrossEditionsEachWithItsSources() {
        bothPaths("example-across-editions", "kr", rows.country("KR"), "jp", rows.country("JP")).forEach(response ->
                response.body("errors", nullValue())
                        .body("data.meetings.nodes", hasSize(2))
                        .body("data.meetings.nodes.forum.edition", containsInAnyOrder(2, 11))
                        .body(atEdition(2) + ".status", equalTo("HELD"))
                        .body(atEdition(2) + ".participants.official.name", contains("Baek Seung-joo",
                                "Masanori Nishi"))
                        .body(atEdition(2) + ".participants[0].reportedBy.headline", containsInAnyOrder(SHIPPED,
                                OPENING))
                        .body(atEdition(2) + ".participants[1].reportedBy.headline", containsInAnyOrder(SHIPPED,
                                OPENING))
                        .body(atEdition(2) + ".reportedBy.headline", containsInAnyOrder(SHIPPED, OPENING))
                        // the two reports disagree on how long it had been, and both claims stay
                        .body(atEdition(2) + ".notes", hasItemsInOrder("The first vice-ministerial talks between"
                                + " the two countries in two years.", "The first vice-ministerial talks between the"
                                + " two countries since November 2011."))
                        // and each is kept with the article that makes it, beside what that article reports
                        .body(atEdition(2) + ".reports.article.headline", containsInAnyOrder(SHIPPED, OPENING))
                        .body(report(2, SHIPPED) + ".status", equalTo("HELD"))
                        .body(report(2, SHIPPED) + ".dateText", equalTo("Wednesday"))
                        .body(report(2, SHIPPED) + ".notes", contains("The first vice-ministerial talks between"
                                + " the two countries in two years.", "Held amid increasing concerns in South Korea"
                                + " over Japan's push to build up its military."))
                        .body(report(2, OPENING) + ".status", equalTo("PLANNED"))
                        .body(report(2, OPENING) + ".dateText", equalTo("Wednesday"))
                        .body(report(2, OPENING) + ".notes", contains("The first vice-ministerial talks between the"
                                + " two countries since November 2011."))
                        .body(report(11, LATER) + ".status", equalTo("PLANNED"))
                        .body(report(11, LATER) + ".notes", contains("The first vice-ministerial talks between the"
                                + " two countries since September 2016."))
                        .body(atEdition(2) + ".topics.name", containsInAnyOrder("collective self-defense",
                                "military intelligence-sharing pact", "bilateral meeting of defence ministers"))
                        .body(atEdition(2) + ".expectedTopics.name", contains("bilateral meeting of defence"
                                + " ministers"))
                        .body(atEdition(11) + ".status", equalTo("PLANNED"))
                        .body(atEdition(11) + ".participants.official.name", contains("Shin Beom-chul",
                                "Masami Oka"))
                        .body(atEdition(11) + ".participants.reportedBy.flatten().headline", contains(LATER, LATER))
                        .body(atEdition(11) + ".reportedBy.headline", contains(LATER))
                        .body(atEdition(11) + ".expectedTopics.name", containsInAnyOrder(
                                "South Korean navy joining Japan's fleet review",
                                "military response to Japanese patrol aircraft", "military intelligence-sharing pact"))
                        // no article gives a date, so the days between the two are unknown, not guessed
                        .body(atEdition(11) + ".daysSincePreviousMeeting", nullValue()));
    }

    @Test
    void nineCountriesAndTwoOrganisationsSentViceMinistersToTheSecondEdition() {
        bothPaths("example-delegations").forEach(response -> response
                .body("errors", nullValue())
                .body("data.forums.nodes.edition", contains(2, 11))
                .body(delegations(2, "VICE_MINISTER"), containsInAnyOrder("South Korea", "Japan", "Singapore",
                        "Philippines", "Indonesia", "Vietnam", "Brunei", "Thailand", "Mongolia", "U.N.", "EU"))
                .body(delegations(2, "BELOW_VICE_MINISTER"), containsInAnyOrder("China", "United States", "Russia",
                        "India", "United Kingdom", "Canada", "Australia", "New Zealand", "Malaysia", "Cambodia",
                        "Myanmar", "NATO"))
                .body("data.forums.nodes[1].participants.country.name", containsInAnyOrder("South Korea", "Japan"))
                .body("data.forums.nodes[1].participants.delegationLevel", everyItem(nullValue()))
                // according to which article: South Korea and NATO by both reports of their edition, China by the
                // opening report alone, and at edition 11 the later report
                .body(participant(2, "South Korea") + ".reports.article.headline", containsInAnyOrder(SHIPPED, OPENING))
                .body(participant(2, "NATO") + ".reports.article.headline", containsInAnyOrder(SHIPPED, OPENING))
                .body(participant(2, "China") + ".reports.article.headline", contains(OPENING))
                .body("data.forums.nodes[1].participants.reports.flatten().article.headline",
                        everyItem(equalTo(LATER)))
                // and at which rank: the opening report gives the ranks, the shipped article none
                .body(participant(2, "South Korea") + ".reports.find { it.article.headline == '" + OPENING
                        + "' }.delegationLevel", equalTo("VICE_MINISTER"))
                .body(participant(2, "NATO") + ".reports.find { it.article.headline == '" + OPENING
                        + "' }.delegationLevel", equalTo("BELOW_VICE_MINISTER"))
                .body(participant(2, "South Korea") + ".reports.find { it.article.headline == '" + SHIPPED
                        + "' }.delegationLevel", nullValue()));
        assertEquals(23, rows.ids("SELECT p.id FROM forum_participant p JOIN forum f ON f.id = p.forum_id"
                + " WHERE f.edition = 2").size(), "the 20 countries and three organisations the reports name");
    }

    @Test
    void theUnitedNationsMetBaekOnTheFirstDayAndNatoMetNoOne() {
        String un = rows.id("Organization", "organization", "short_name = 'U.N.'");
        bothPaths("organization-meetings", "id", un).forEach(response -> response
                .body("errors", nullValue())
                .body("data.organization.meetings", hasSize(1))
                .body("data.organization.meetings[0].status", equalTo("HELD"))
                .body("data.organization.meetings[0].dateText", equalTo("Monday"))
                .body("data.organization.meetings[0].forum.edition", equalTo(2))
                .body("data.organization.meetings[0].sides.collect { it.country?.code }", contains("KR", null))
                .body("data.organization.meetings[0].sides.collect { it.organization?.shortName }",
                        contains(null, "U.N."))
                .body("data.organization.meetings[0].sides[0].participants.official.name", contains("Baek Seung-joo"))
                .body("data.organization.meetings[0].sides[1].participants", hasSize(0))
                .body("data.organization.meetings[0].reportedBy.headline", contains(OPENING)));
        String nato = rows.id("Organization", "organization", "short_name = 'NATO'");
        bothPaths("organization-meetings", "id", nato).forEach(response -> response
                .body("errors", nullValue())
                .body("data.organization.shortName", equalTo("NATO"))
                .body("data.organization.meetings", hasSize(0)));
    }

    /** The account that the article of this headline gives of the meeting at that edition. */
    private static String report(int edition, String headline) {
        return atEdition(edition) + ".reports.find { it.article.headline == '" + headline + "' }";
    }

    private static String atEdition(int edition) {
        return "data.meetings.nodes.find { it.forum.edition == " + edition + " }";
    }

    private static String participant(int edition, String name) {
        return "data.forums.nodes.find { it.edition == " + edition + " }.participants.find { it.country?.name == '"
                + name + "' || it.organization?.shortName == '" + name + "' }";
    }

    private static String delegations(int edition, String level) {
        return "data.forums.nodes.find { it.edition == " + edition + " }.participants.findAll { it.delegationLevel"
                + " == '" + level + "' }.collect { it.country?.name ?: it.organization.shortName }";
    }

    private static org.hamcrest.Matcher<Iterable<? extends String>> hasItemsInOrder(String first, String second) {
        return org.hamcrest.Matchers.containsInRelativeOrder(first, second);
    }
}
