package org.parley.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Ids;
import org.parley.Rows;

/** The bilateral meeting of the shipped article: lookup, filters, and its relations in both directions. */
@QuarkusTest
class MeetingTest {

    private static final String BAEK = "Baek Seung-joo";
    private static final String NISHI = "Masanori Nishi";
    private static final String KIM = "Kim Min-seok";
    private static final String VICE_MINISTER = "Vice Defense Minister";
    private static final String HEADLINE = "Seoul cautions Tokyo over collective self-defense move";

    @Inject
    DataSource dataSource;
    Rows rows;
    String meetingId;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
        meetingId = rows.id(BilateralMeeting.TYPE, "bilateral_meeting",
                "forum_id = (SELECT id FROM forum WHERE name = 'Seoul Defense Dialogue')");
    }

    @Test
    void meetingHasTheFactsOfTheArticle() {
        run("meeting", "id", meetingId)
                .body("errors", nullValue())
                .body("data.meeting.onSidelines", equalTo(true))
                .body("data.meeting.dateText", equalTo("Wednesday"))
                .body("data.meeting.heldOn", nullValue())
                .body("data.meeting.forum.name", equalTo("Seoul Defense Dialogue"))
                .body("data.meeting.sides", hasSize(2))
                .body("data.meeting.sides.country.code", containsInAnyOrder("KR", "JP"))
                .body("data.meeting.sides.find { it.country.code == 'KR' }.participants.official.name", contains(BAEK))
                .body("data.meeting.sides.find { it.country.code == 'JP' }.participants.official.name", contains(NISHI))
                .body("data.meeting.sides.participants.flatten().position.title", everyItem(equalTo(VICE_MINISTER)))
                .body("data.meeting.participants.official.name", containsInAnyOrder(BAEK, NISHI))
                .body("data.meeting.participants.find { it.official.name == '" + BAEK + "' }.country.code", equalTo("KR"))
                .body("data.meeting.participants.find { it.official.name == '" + NISHI + "' }.country.code", equalTo("JP"))
                .body("data.meeting.participants.find { it.official.name == '" + NISHI + "' }.official.country.code",
                        equalTo("JP"))
                .body("data.meeting.topics.name",
                        containsInAnyOrder("collective self-defense", "military intelligence-sharing pact"))
                .body("data.meeting.statements", hasSize(4))
                .body("data.meeting.statements.findAll { it.kind == 'PARAPHRASE' }", hasSize(2))
                .body("data.meeting.statements.findAll { it.kind == 'QUOTE' }.relayedBy.name", contains(KIM, KIM))
                .body("data.meeting.reportedBy.headline", contains(HEADLINE));
    }

    @Test
    void participantsAreOrderedByOfficial() {
        List<String> byId = rows.ids("SELECT id FROM official WHERE name IN (?, ?) ORDER BY id", BAEK, NISHI).stream()
                .map(id -> Ids.of("Official", id)).toList();
        run("meeting", "id", meetingId).body("data.meeting.participants.official.id", equalTo(byId));
    }

    @Test
    void unknownMeetingIsNullAndAnIdOfAnotherTypeIsBadInput() {
        run("meeting", "id", Ids.of(BilateralMeeting.TYPE, 999_999_999L))
                .body("errors", nullValue())
                .body("data.meeting", nullValue());
        run("meeting", "id", rows.country("KR"))
                .body("data.meeting", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void meetingsAreFilteredByCountryPairOfficialForumTopicAndDate() {
        String kr = rows.country("KR");
        String jp = rows.country("JP");
        String us = rows.country("US");
        assertMeetings(Map.of("countryIds", List.of(jp)), 1);
        assertMeetings(Map.of("countryIds", List.of(us, rows.country("CN"))), 0);
        assertMeetings(Map.of("betweenCountries", List.of(kr, jp)), 1);
        assertMeetings(Map.of("betweenCountries", List.of(jp, kr)), 1);
        assertMeetings(Map.of("betweenCountries", List.of(kr, us)), 0);
        assertMeetings(Map.of("officialIds", List.of(rows.official(NISHI))), 1);
        assertMeetings(Map.of("officialIds", List.of(rows.official(KIM))), 0);
        assertMeetings(Map.of("forumIds", List.of(rows.id("Forum", "forum", "name = 'Seoul Defense Dialogue'"))), 1);
        assertMeetings(Map.of("topicIds", List.of(rows.id("Topic", "topic", "name = 'military intelligence-sharing pact'")),
                "countryIds", List.of(kr)), 1);
        // the article gives no date, so any date range leaves the meeting out
        assertMeetings(Map.of("heldFrom", "2000-01-01", "countryIds", List.of(kr)), 0);
        assertMeetings(Map.of("heldTo", "2100-01-01", "countryIds", List.of(kr)), 0);
    }

    @Test
    void betweenCountriesTakesExactlyTwoCountries() {
        String kr = rows.country("KR");
        for (List<String> ids : List.of(List.of(kr), List.of(kr, kr), List.of(kr, rows.country("JP"), rows.country("US")),
                List.of(kr, rows.official(BAEK)))) {
            run("meetings", "filter", Map.of("betweenCountries", ids))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        }
    }

    @Test
    void officialsAndCountriesLeadBackToTheMeeting() {
        run("officialActivity", "id", rows.official(BAEK))
                .body("errors", nullValue())
                .body("data.official.meetings.id", contains(meetingId))
                .body("data.official.meetings[0].sides.country.code", containsInAnyOrder("KR", "JP"));
        run("officialActivity", "id", rows.official(KIM))
                .body("data.official.meetings", empty());
        run("countryRelations", "id", rows.country("JP"))
                .body("errors", nullValue())
                .body("data.country.meetings.id", contains(meetingId));
        run("countryRelations", "id", rows.country("US"))
                .body("data.country.meetings", empty());
    }

    @Test
    void topicsAndArticlesLeadBackToMeetingsStatementsAndForums() {
        run("topicsAndArticles", "id", meetingId)
                .body("errors", nullValue())
                .body("data.meeting.topics.meetings.flatten().id", everyItem(equalTo(meetingId)))
                .body("data.meeting.topics.meetings.flatten()", hasSize(2))
                .body("data.meeting.topics.statements.flatten()", not(empty()))
                .body("data.meeting.reportedBy[0].meetings.id", contains(meetingId))
                .body("data.meeting.reportedBy[0].statements", hasSize(6))
                .body("data.meeting.reportedBy[0].forums.name", contains("Seoul Defense Dialogue"));
    }

    private void assertMeetings(Map<String, Object> filter, int count) {
        run("meetings", "filter", filter)
                .body("errors", nullValue())
                .body("data.meetings.totalCount", equalTo(count))
                .body("data.meetings.edges", count == 0 ? empty() : hasSize(count));
        if (count == 1) {
            run("meetings", "filter", filter).body("data.meetings.edges[0].node.id", equalTo(meetingId));
        }
    }
}
