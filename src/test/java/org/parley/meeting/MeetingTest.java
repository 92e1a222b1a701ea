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
import static org.parley.ShippedReports.OPENING;
import static org.parley.ShippedReports.SHIPPED;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Ids;
import org.parley.Rows;

/**
 * The bilateral meeting of the shipped article (Baek and Nishi at the forum's second edition, which the second article
 * announced too) among the others of the shipped articles: lookup, filters, and its relations in both directions.
 */
@QuarkusTest
class MeetingTest {

    private static final String BAEK = "Baek Seung-joo";
    private static final String NISHI = "Masanori Nishi";
    private static final String KIM = "Kim Min-seok";
    private static final String VICE_MINISTER = "Vice Defense Minister";
    private static final String PACT = "military intelligence-sharing pact";

    @Inject
    DataSource dataSource;
    Rows rows;
    /** Baek and Nishi's meeting at the second edition. */
    String meetingId;
    /** Shin and Oka's meeting at the eleventh edition. */
    String laterMeetingId;
    /** Baek's meetings on the second edition's first day, with countries and organisations, as recorded. */
    String withPhilippines;
    String withIndonesia;
    String withUnitedStates;
    String withUn;
    String withEu;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
        meetingId = rows.id(BilateralMeeting.TYPE, "bilateral_meeting", "forum_id = (SELECT id FROM forum"
                + " WHERE name = 'Seoul Defense Dialogue' AND edition = 2) AND date_text = 'Wednesday'");
        laterMeetingId = rows.id(BilateralMeeting.TYPE, "bilateral_meeting",
                "forum_id = (SELECT id FROM forum WHERE name = 'Seoul Defense Dialogue' AND edition = 11)");
        withPhilippines = mondayMeeting("country_id = (SELECT id FROM country WHERE code = ?)", "PH");
        withIndonesia = mondayMeeting("country_id = (SELECT id FROM country WHERE code = ?)", "ID");
        withUnitedStates = mondayMeeting("country_id = (SELECT id FROM country WHERE code = ?)", "US");
        withUn = mondayMeeting("organization_id = (SELECT id FROM organization WHERE short_name = ?)", "U.N.");
        withEu = mondayMeeting("organization_id = (SELECT id FROM organization WHERE short_name = ?)", "EU");
    }

    private String mondayMeeting(String side, String key) {
        return rows.id(BilateralMeeting.TYPE, "bilateral_meeting", "date_text = 'Monday' AND id IN"
                + " (SELECT meeting_id FROM meeting_side WHERE " + side + ")", key);
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
                // the second article expected a third topic, which no report says was discussed
                .body("data.meeting.topics.name", containsInAnyOrder("collective self-defense", PACT,
                        "bilateral meeting of defence ministers"))
                .body("data.meeting.statements", hasSize(4))
                .body("data.meeting.statements.findAll { it.kind == 'PARAPHRASE' }", hasSize(2))
                .body("data.meeting.statements.findAll { it.kind == 'QUOTE' }.relayedBy.name", contains(KIM, KIM))
                .body("data.meeting.reportedBy.headline", contains(OPENING, SHIPPED));
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
        String cn = rows.country("CN");
        // no meeting has a date: latest first is the last recorded first
        assertMeetings(Map.of("countryIds", List.of(jp)), laterMeetingId, meetingId);
        assertMeetings(Map.of("countryIds", List.of(us, cn)), withUnitedStates);
        assertMeetings(Map.of("countryIds", List.of(cn)));
        assertMeetings(Map.of("betweenCountries", List.of(kr, jp)), laterMeetingId, meetingId);
        assertMeetings(Map.of("betweenCountries", List.of(jp, kr)), laterMeetingId, meetingId);
        assertMeetings(Map.of("betweenCountries", List.of(kr, us)), withUnitedStates);
        assertMeetings(Map.of("betweenCountries", List.of(jp, us)));
        assertMeetings(Map.of("officialIds", List.of(rows.official(NISHI))), meetingId);
        assertMeetings(Map.of("officialIds", List.of(rows.official(KIM))));
        String edition2 = rows.id("Forum", "forum", "name = 'Seoul Defense Dialogue' AND edition = 2");
        String edition11 = rows.id("Forum", "forum", "name = 'Seoul Defense Dialogue' AND edition = 11");
        assertMeetings(Map.of("forumIds", List.of(edition2)), withEu, withUn, withUnitedStates, withIndonesia,
                withPhilippines, meetingId);
        assertMeetings(Map.of("forumIds", List.of(edition11)), laterMeetingId);
        assertMeetings(Map.of("forumIds", List.of(edition2), "betweenCountries", List.of(kr, jp)), meetingId);
        // the pact is on both agendas: discussed by Baek and Nishi, expected of Shin and Oka
        String pact = rows.id("Topic", "topic", "name = ?", PACT);
        assertMeetings(Map.of("topicIds", List.of(pact), "countryIds", List.of(kr)), laterMeetingId, meetingId);
        assertMeetings(Map.of("topicIds", List.of(pact), "forumIds", List.of(edition2)), meetingId);
        // the articles give no date, so any date range leaves every meeting out
        assertMeetings(Map.of("heldFrom", "2000-01-01", "countryIds", List.of(kr)));
        assertMeetings(Map.of("heldTo", "2100-01-01", "countryIds", List.of(kr)));
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
                .body("data.official.meetings.id", contains(withEu, withUn, withUnitedStates, withIndonesia,
                        withPhilippines, meetingId))
                .body("data.official.meetings.find { it.id == '" + meetingId + "' }.sides.country.code",
                        containsInAnyOrder("KR", "JP"))
                .body("data.official.meetings.find { it.id == '" + withEu + "' }.sides.collect { it.country?.code }",
                        containsInAnyOrder("KR", null));
        run("officialActivity", "id", rows.official(KIM))
                .body("data.official.meetings", empty());
        run("countryRelations", "id", rows.country("JP"))
                .body("errors", nullValue())
                .body("data.country.meetings.id", contains(laterMeetingId, meetingId));
        run("countryRelations", "id", rows.country("US"))
                .body("data.country.meetings.id", contains(withUnitedStates));
        run("countryRelations", "id", rows.country("CN"))
                .body("data.country.meetings", empty());
    }

    @Test
    void topicsAndArticlesLeadBackToMeetingsStatementsAndForums() {
        String article = "data.meeting.reportedBy.find { it.headline == '" + SHIPPED + "' }";
        String opening = "data.meeting.reportedBy.find { it.headline == '" + OPENING + "' }";
        run("topicsAndArticles", "id", meetingId)
                .body("errors", nullValue())
                // topics by name: the expected meeting of ministers, collective self-defense, the pact (also on Shin
                // and Oka's agenda; latest first)
                .body("data.meeting.topics.meetings.id", contains(List.of(meetingId), List.of(meetingId),
                        List.of(laterMeetingId, meetingId)))
                .body("data.meeting.topics.statements.flatten()", not(empty()))
                .body("data.meeting.reportedBy", hasSize(2))
                .body(article + ".meetings.id", contains(meetingId))
                .body(article + ".statements", hasSize(6))
                .body(article + ".forums.name", contains("Seoul Defense Dialogue"))
                .body(opening + ".meetings.id", contains(withEu, withUn, withUnitedStates, withIndonesia,
                        withPhilippines, meetingId))
                .body(opening + ".statements", empty())
                .body(opening + ".forums.name", contains("Seoul Defense Dialogue"));
    }

    /** The meetings of the filter are those of the IDs, in the list's default order (latest first). */
    private void assertMeetings(Map<String, Object> filter, String... ids) {
        run("meetings", "filter", filter)
                .body("errors", nullValue())
                .body("data.meetings.totalCount", equalTo(ids.length))
                .body("data.meetings.edges", ids.length == 0 ? empty() : hasSize(ids.length))
                .body("data.meetings.edges.node.id", equalTo(List.of(ids)));
    }
}
