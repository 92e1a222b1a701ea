package org.parley.stats;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;
import static org.parley.GraphQLClient.runRefused;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.GraphFixtureTest;

/**
 * Grouped counts of the shipped article's statements, of South Korea's meetings in the three shipped documents, and
 * of dated meetings made for the test.
 */
@QuarkusTest
class CountTest extends GraphFixtureTest {

    Map<String, Object> article;

    @BeforeEach
    void setUp() {
        article = Map.of("articleIds", List.of(rows.id("Article", "article", "headline LIKE 'Seoul cautions Tokyo%'")));
    }

    @Test
    void statementsPerKind() {
        run("statementCounts", "by", "KIND", "filter", article)
                .body("errors", nullValue())
                .body("data.statementCounts.label", contains("PARAPHRASE", "QUOTE"))
                .body("data.statementCounts.kind", contains("PARAPHRASE", "QUOTE"))
                .body("data.statementCounts.count", contains(4, 2))
                .body("data.statementCounts.countries", everyItem(empty()));
    }

    @Test
    void statementsPerTopicAndPerSpeakersCountry() {
        run("statementCounts", "by", "TOPIC", "filter", article)
                .body("errors", nullValue())
                .body("data.statementCounts.topic.name", contains("collective self-defense",
                        "historical and territorial disputes", "military intelligence-sharing pact"))
                .body("data.statementCounts.count", contains(5, 1, 1));
        run("statementCounts", "by", "SPEAKER_COUNTRY", "filter", article)
                .body("data.statementCounts.label", contains("South Korea"))
                .body("data.statementCounts[0].countries.code", contains("KR"))
                .body("data.statementCounts.count", contains(6));
    }

    @Test
    void theFiltersOfTheListsApply() {
        String meeting = rows.id("Meeting", "bilateral_meeting", "summary LIKE 'South Korean Vice%'");
        run("statementCounts", "by", "KIND", "filter", Map.of("meetingIds", List.of(meeting)))
                .body("data.statementCounts.count", contains(2, 2));
        run("statementCounts", "by", "KIND", "filter", Map.of("kinds", List.of("QUOTE")))
                .body("data.statementCounts.label", contains("QUOTE"));
        run("meetingCounts", "by", "COUNTRY_PAIR", "filter", Map.of("countryIds", List.of(rows.country("CN"))))
                .body("errors", nullValue())
                .body("data.meetingCounts", empty());
    }

    @Test
    void southKoreasMeetingsPerCountryPairForumAndYear() {
        Map<String, Object> kr = Map.of("countryIds", List.of(rows.country("KR")));
        // the talks with Japan at editions 2 and 11, Baek's first-day talks with three countries; his talks with the
        // U.N. and the EU have no pair of countries
        run("meetingCounts", "by", "COUNTRY_PAIR", "filter", kr)
                .body("errors", nullValue())
                .body("data.meetingCounts.label", contains("JP-KR", "ID-KR", "KR-PH", "KR-US"))
                .body("data.meetingCounts.count", contains(2, 1, 1, 1))
                .body("data.meetingCounts[0].countries.code", contains("KR", "JP"))
                .body("data.meetingCounts.countries.code", contains(List.of("KR", "JP"), List.of("KR", "ID"),
                        List.of("KR", "PH"), List.of("KR", "US")));
        // edition 2 (the talks with Japan and the five of the first day), then edition 11 (the talks with Japan)
        run("meetingCounts", "by", "FORUM", "filter", kr)
                .body("data.meetingCounts.forum.name", contains("Seoul Defense Dialogue", "Seoul Defense Dialogue"))
                .body("data.meetingCounts.label", contains("Seoul Defense Dialogue, edition 2",
                        "Seoul Defense Dialogue, edition 11"))
                .body("data.meetingCounts.count", contains(6, 1));
        // the documents give weekdays, not dates: all seven meetings count in the group of unknown dates
        run("meetingCounts", "by", "YEAR", "filter", kr)
                .body("data.meetingCounts.label", contains("unknown"))
                .body("data.meetingCounts.count", contains(7))
                .body("data.meetingCounts.periodStart", contains(nullValue()));
    }

    @Test
    void meetingsPerMonthAndYearComeInTimeOrder() {
        fixture.create();
        Map<String, Object> forum = Map.of("forumIds", List.of(fixture.forum()));
        run("meetingCounts", "by", "MONTH", "filter", forum)
                .body("errors", nullValue())
                .body("data.meetingCounts.label", contains("2021-01", "2021-03", "unknown"))
                .body("data.meetingCounts.periodStart", contains("2021-01-01", "2021-03-01", null))
                .body("data.meetingCounts.count", contains(1, 2, 1));
        run("meetingCounts", "by", "YEAR", "filter", forum)
                .body("data.meetingCounts.label", contains("2021", "unknown"))
                .body("data.meetingCounts.count", contains(3, 1));
        run("meetingCounts", "by", "COUNTRY_PAIR", "filter", forum)
                .body("data.meetingCounts.label", contains("XD-XE", "XE-XF"))
                .body("data.meetingCounts.count", contains(3, 1));
        run("meetingCounts", "by", "COUNTRY_PAIR", "filter", forum, "first", 1)
                .body("data.meetingCounts.label", contains("XD-XE"));
        run("statementCounts", "by", "MONTH", "filter", Map.of("speakerCountryIds", List.of(fixture.country("XD"),
                fixture.country("XE"), fixture.country("XF"))))
                .body("data.statementCounts.label", contains("2021-02", "2021-03", "unknown"));
    }

    @Test
    void boundsAndBadIdsAreRefused() {
        run("meetingCounts", "by", "FORUM", "first", 0).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("statementCounts", "by", "KIND", "first", 101).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("statementCounts", "by", "KIND", "filter", Map.of("topicIds", List.of(rows.country("KR"))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        runRefused("meetingCounts", "by", "NOT_A_GROUPING").body("errors[0].extensions.classification",
                equalTo("ValidationError"));
    }
}
