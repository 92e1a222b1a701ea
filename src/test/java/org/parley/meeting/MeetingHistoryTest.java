package org.parley.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.GraphQLClient.run;
import static org.parley.GraphQLClient.runThroughResolvers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.GraphFixtureTest;
import org.parley.graphql.Db;

/** The previous meeting between the same two countries: what the data holds, not what a note claims. */
@QuarkusTest
class MeetingHistoryTest extends GraphFixtureTest {

    @Inject
    Db db;

    @Test
    void theArticlesMeetingHasNoPreviousMeetingInTheData() {
        String sdd = "forum_id = (SELECT id FROM forum WHERE name = 'Seoul Defense Dialogue' AND edition = ";
        String meeting = rows.id(BilateralMeeting.TYPE, "bilateral_meeting", sdd + "2) AND date_text = 'Wednesday'");
        String later = rows.id(BilateralMeeting.TYPE, "bilateral_meeting", sdd + "11)");
        // South Korea and Japan met at the second edition and again at the eleventh, but no meeting has a date
        run("meetingHistory", "filter", Map.of("betweenCountries", List.of(rows.country("KR"), rows.country("JP"))))
                .body("errors", nullValue())
                .body("data.meetings.nodes.id", contains(meeting, later))
                .body("data.meetings.nodes[0].notes",
                        hasItem("The first vice-ministerial talks between the two countries in two years."))
                // the second article's note joins the first's
                .body("data.meetings.nodes[0].notes", contains(
                        "The first vice-ministerial talks between the two countries in two years.",
                        "Held amid increasing concerns in South Korea over Japan's push to build up its military.",
                        "The first vice-ministerial talks between the two countries since November 2011."))
                .body("data.meetings.nodes[1].notes",
                        contains("The first vice-ministerial talks between the two countries since September 2016."))
                .body("data.meetings.nodes.previousMeetingBetweenSides", contains(nullValue(), nullValue()))
                .body("data.meetings.nodes.daysSincePreviousMeeting", contains(nullValue(), nullValue()));
        // nor has any other meeting of South Korea's an earlier one of the same two countries
        run("meetingHistory", "filter", Map.of("countryIds", List.of(rows.country("KR"))))
                .body("errors", nullValue())
                .body("data.meetings.nodes", hasSize(7))
                .body("data.meetings.nodes.previousMeetingBetweenSides", everyItem(nullValue()))
                .body("data.meetings.nodes.daysSincePreviousMeeting", everyItem(nullValue()));
    }

    @Test
    void theLatestEarlierMeetingOfTheSameTwoCountriesInEitherOrder() {
        fixture.create();
        Map<String, Object> filter = Map.of("forumIds", List.of(fixture.forum()));
        long before = db.statementCount();
        expectHistory(run("meetingHistory", "filter", filter));
        // the page and both history fields in one statement
        assertEquals(1, db.statementCount() - before);

        before = db.statementCount();
        expectHistory(runThroughResolvers("meetingHistory", "filter", filter));
        // the page, then one statement for each history field over all four meetings
        assertEquals(3, db.statementCount() - before);
    }

    private void expectHistory(ValidatableResponse answer) {
        answer.body("errors", nullValue())
                .body("data.meetings.nodes.id", contains(fixture.meeting(4), fixture.meeting(1), fixture.meeting(2),
                        fixture.meeting(3)))
                .body("data.meetings.nodes.collect { it.previousMeetingBetweenSides?.id }", contains(null, null, null,
                        fixture.meeting(1)))
                .body("data.meetings.nodes.daysSincePreviousMeeting", contains(null, null, null, 69));
    }
}
