package org.parley.network;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.GraphFixtureTest;

/** Shortest chains of meetings, on the shipped articles and on a small graph made for the test. */
@QuarkusTest
class PathTest extends GraphFixtureTest {

    private static final String BAEK = "Baek Seung-joo";
    private static final String NISHI = "Masanori Nishi";


    @Test
    void baekReachesNishiInOneHop() {
        run("path", "fromOfficial", rows.official(BAEK), "toOfficial", rows.official(NISHI))
                .body("errors", nullValue())
                .body("data.path.hop", contains(1))
                .body("data.path[0].fromOfficial.name", equalTo(BAEK))
                .body("data.path[0].toOfficial.name", equalTo(NISHI))
                .body("data.path[0].fromCountry.code", equalTo("KR"))
                .body("data.path[0].toCountry.code", equalTo("JP"))
                .body("data.path[0].meeting.forum.name", equalTo("Seoul Defense Dialogue"));
    }

    @Test
    void noPathIsAnEmptyList() {
        run("path", "fromOfficial", rows.official(BAEK), "toOfficial", rows.official("Kim Min-seok"))
                .body("errors", nullValue()).body("data.path", empty());
        run("path", "fromOfficial", rows.official(BAEK), "toOfficial", rows.official(BAEK))
                .body("errors", nullValue()).body("data.path", empty());
        // China met no one; Shin and Oka met only each other
        run("path", "fromCountry", rows.country("KR"), "toCountry", rows.country("CN"))
                .body("errors", nullValue()).body("data.path", empty());
        run("path", "fromOfficial", rows.official(BAEK), "toOfficial", rows.official("Masami Oka"))
                .body("errors", nullValue()).body("data.path", empty());
    }

    @Test
    void countriesReachEachOtherThroughTheirMeetings() {
        run("path", "fromCountry", rows.country("JP"), "toCountry", rows.country("KR"))
                .body("errors", nullValue())
                .body("data.path.fromCountry.code", contains("JP"))
                .body("data.path.toCountry.code", contains("KR"))
                .body("data.path[0].fromOfficial", nullValue());
        // Baek's meeting with the United States at the second edition makes the two countries a pair
        String withUnitedStates = rows.id("Meeting", "bilateral_meeting", "id IN (SELECT meeting_id FROM meeting_side"
                + " WHERE country_id = (SELECT id FROM country WHERE code = 'US'))");
        run("path", "fromCountry", rows.country("KR"), "toCountry", rows.country("US"))
                .body("errors", nullValue())
                .body("data.path.hop", contains(1))
                .body("data.path.toCountry.code", contains("US"))
                .body("data.path.meeting.id", contains(withUnitedStates));
        run("path", "fromCountry", rows.country("JP"), "toCountry", rows.country("US"))
                .body("errors", nullValue())
                .body("data.path.hop", contains(1, 2))
                .body("data.path.fromCountry.code", contains("JP", "KR"))
                .body("data.path.toCountry.code", contains("KR", "US"))
                .body("data.path[1].meeting.id", equalTo(withUnitedStates));
    }

    @Test
    void longerChainsTakeTheFewestMeetingsWithinMaxHops() {
        fixture.create();
        run("path", "fromOfficial", fixture.official("XD", 1), "toOfficial", fixture.official("XF", 0))
                .body("errors", nullValue())
                .body("data.path.hop", contains(1, 2))
                .body("data.path.fromOfficial.name", contains("Graph official XD 1", "Graph official XE 0"))
                .body("data.path.toOfficial.name", contains("Graph official XE 0", "Graph official XF 0"))
                .body("data.path.meeting.id", contains(fixture.meeting(3), fixture.meeting(2)));
        // of the two meetings between XD's official 0 and XE's, the one of known date is taken
        run("path", "fromOfficial", fixture.official("XD", 0), "toOfficial", fixture.official("XF", 0))
                .body("data.path.meeting.id", contains(fixture.meeting(1), fixture.meeting(2)));
        run("path", "fromOfficial", fixture.official("XD", 0), "toOfficial", fixture.official("XF", 0), "maxHops", 1)
                .body("errors", nullValue()).body("data.path", empty());
        run("path", "fromOfficial", fixture.official("XD", 0), "toOfficial", fixture.official("XG", 0), "maxHops", 6)
                .body("errors", nullValue()).body("data.path", empty());
        run("path", "fromCountry", fixture.country("XD"), "toCountry", fixture.country("XF"))
                .body("data.path.toCountry.code", contains("XE", "XF"))
                .body("data.path.meeting.id", contains(fixture.meeting(3), fixture.meeting(2)));
    }

    @Test
    void badArgumentsAreRefused() {
        String baek = rows.official(BAEK);
        String nishi = rows.official(NISHI);
        run("path").body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("path", "fromOfficial", baek).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("path", "fromOfficial", baek, "toCountry", rows.country("JP"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("path", "fromOfficial", baek, "toOfficial", rows.country("JP"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("path", "fromOfficial", baek, "toOfficial", nishi, "maxHops", 0)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("path", "fromOfficial", baek, "toOfficial", nishi, "maxHops", 7)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("data.path", nullValue());
    }
}
