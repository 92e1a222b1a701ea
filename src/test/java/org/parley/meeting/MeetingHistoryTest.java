package org.parley.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
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
        run("meetingHistory", "filter", Map.of("countryIds", List.of(rows.country("KR"))))
                .body("errors", nullValue())
                .body("data.meetings.nodes[0].notes",
                        hasItem("The first vice-ministerial talks between the two countries in two years."))
                .body("data.meetings.nodes.previousMeetingBetweenSides", contains(nullValue()))
                .body("data.meetings.nodes.daysSincePreviousMeeting", contains(nullValue()));
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
