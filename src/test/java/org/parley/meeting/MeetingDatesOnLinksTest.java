package org.parley.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.GraphQLClient.query;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.GraphFixtureTest;

/**
 * The meeting date copied onto participant and side rows (migration V3), which orders an official's and a country's
 * latest meetings: it follows the meeting, whoever writes it.
 */
@QuarkusTest
class MeetingDatesOnLinksTest extends GraphFixtureTest {

    private static final String DIFFERENT = "SELECT count(*) FROM %s x JOIN bilateral_meeting m ON m.id = x.meeting_id"
            + " WHERE x.held_on IS DISTINCT FROM m.held_on";

    @Test
    void linkRowsTakeTheirMeetingsDateAndFollowItsChanges() {
        fixture.create();
        assertEquals(List.of(0L), rows.ids(DIFFERENT.formatted("meeting_participant")));
        assertEquals(List.of(0L), rows.ids(DIFFERENT.formatted("meeting_side")));
        String officialMeetings = "query($id: ID!) { official(id: $id) { meetings(first: 3) { heldOn summary } } }";
        String countryMeetings = "query($id: ID!) { country(id: $id) { meetings(first: 1) { summary } } }";
        query(officialMeetings, "id", fixture.official("XD", 0))
                .body("data.official.meetings.heldOn", org.hamcrest.Matchers.equalTo(Arrays.asList("2021-01-10", null)));

        // meeting 4 had no known date; now it is the latest
        rows.execute("UPDATE bilateral_meeting SET held_on = DATE '2022-06-01' WHERE summary = 'graph fixture meeting 4'");
        assertEquals(List.of(0L), rows.ids(DIFFERENT.formatted("meeting_participant")));
        assertEquals(List.of(0L), rows.ids(DIFFERENT.formatted("meeting_side")));
        query(officialMeetings, "id", fixture.official("XD", 0))
                .body("data.official.meetings.summary", org.hamcrest.Matchers.contains("graph fixture meeting 4",
                        "graph fixture meeting 1"));
        query(countryMeetings, "id", fixture.country("XE"))
                .body("data.country.meetings.summary", org.hamcrest.Matchers.contains("graph fixture meeting 4"));

        // a writer cannot set another date on a link row
        rows.execute("UPDATE meeting_participant SET held_on = DATE '1999-01-01'");
        assertEquals(List.of(0L), rows.ids(DIFFERENT.formatted("meeting_participant")));
    }
}
