package org.parley.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.MutationTest;
import org.parley.graphql.GlobalId;

/** Meeting.likelyDuplicates and mergeMeetings: one event reported apart becomes one meeting with both sources. */
@QuarkusTest
class MeetingMergeTest extends MutationTest {

    String xa;
    String xb;
    String ana;
    String bo;
    String carl;
    String boPost;
    String forum;
    String announced;
    String reported;
    String discussed;
    String expected;

    @BeforeEach
    void create() {
        xa = country("XA", "Testland");
        xb = country("XB", "Otherland");
        ana = official("Ana Tester", xa);
        bo = official("Bo Checker", xb);
        carl = official("Carl Second", xa);
        boPost = position(bo, "Check Minister", null);
        forum = forum("Test Forum", "2024-04-29");
        announced = article("https://news.example.org/parley-test/to-meet", "Ministers to meet");
        reported = article("https://news.example.org/parley-test/met", "Ministers met");
        discussed = topic("test coverage");
        expected = topic("flaky tests");
    }

    /** The announcement: planned for Wednesday, one topic discussed before, one expected. */
    private String announcement() {
        return record(map("forumId", forum, "dateText", "Wednesday", "status", "PLANNED",
                "notes", List.of("Their first meeting in years."), "topicIds", List.of(discussed),
                "expectedTopicIds", List.of(expected), "articleIds", List.of(announced),
                "sides", List.of(side(xa, map("officialId", ana)), side(xb, map("officialId", bo)))));
    }

    /** The report of the same talks, seen from the other side: held on a day, the expected topic discussed. */
    private String report() {
        return record(map("forumId", forum, "heldOn", "2024-05-01", "location", "Testville", "summary", "They met.",
                "notes", List.of("Held in the rain.", "Their first meeting in years."),
                "topicIds", List.of(expected), "articleIds", List.of(reported),
                "sides", List.of(side(xb, map("officialId", bo, "positionId", boPost)),
                        side(xa, map("officialId", ana), map("officialId", carl)))));
    }

    @Test
    void theAnnouncementAndTheReportOfOneMeetingAreLikelyDuplicatesAndMergeIntoOneWithBothSources() {
        String planned = announcement();
        String held = report();
        // not duplicates: another day than the report's, and another pair of countries
        String later = record(map("forumId", forum, "heldOn", "2024-05-02",
                "sides", List.of(side(xa, map("officialId", ana)), side(xb, map("officialId", bo)))));
        String xc = country("XC", "Thirdland");
        record(map("forumId", forum, "sides", List.of(side(xa, map("officialId", ana)),
                side(xc, map("officialId", official("Dee Third", xc))))));
        String said = create("recordStatement", "statement", map("speakerId", bo, "text", "It went well.",
                "kind", "QUOTE", "meetingId", held));

        // what each article says of who took part, as an import records it
        String claim = "INSERT INTO meeting_participant_source (meeting_id, official_id, article_id)"
                + " VALUES (?1, ?2, ?3)";
        db.execute(claim, GlobalId.decode("Meeting", planned), GlobalId.decode("Official", ana),
                GlobalId.decode("Article", announced));
        db.execute(claim, GlobalId.decode("Meeting", held), GlobalId.decode("Official", ana),
                GlobalId.decode("Article", reported));
        db.execute(claim, GlobalId.decode("Meeting", held), GlobalId.decode("Official", carl),
                GlobalId.decode("Article", reported));
        // and the report's day as an import derives it from its words
        db.execute("UPDATE bilateral_meeting SET held_on_derived = true WHERE id = ?1", GlobalId.decode("Meeting",
                held));

        bothPaths("meeting-duplicates", "id", planned).forEach(response -> response
                .body("data.meeting.likelyDuplicates.id", containsInAnyOrder(held, later)));
        bothPaths("meeting-duplicates", "id", held).forEach(response -> response
                .body("data.meeting.likelyDuplicates.id", contains(planned)));

        edit("mergeMeetings", "keepId", planned, "keepVersion", 0, "mergeId", held, "mergeVersion", 0)
                .body("errors", nullValue())
                .body("data.mergeMeetings.meeting.id", equalTo(planned))
                .body("data.mergeMeetings.meeting.version", equalTo(1))
                // held over planned; what the announcement did not know, from the report
                .body("data.mergeMeetings.meeting.status", equalTo("HELD"))
                .body("data.mergeMeetings.meeting.heldOn", equalTo("2024-05-01"))
                .body("data.mergeMeetings.meeting.heldOnDerived", equalTo(true))
                .body("data.mergeMeetings.meeting.dateText", equalTo("Wednesday"))
                .body("data.mergeMeetings.meeting.location", equalTo("Testville"))
                .body("data.mergeMeetings.meeting.summary", equalTo("They met."))
                .body("data.mergeMeetings.meeting.notes", contains("Their first meeting in years.",
                        "Held in the rain."))
                .body("data.mergeMeetings.meeting.sides.country.code", contains("XA", "XB"))
                .body("data.mergeMeetings.meeting.sides[0].participants.official.name", containsInAnyOrder(
                        "Ana Tester", "Carl Second"))
                .body("data.mergeMeetings.meeting.sides[0].participants.find { it.official.name == 'Ana Tester' }"
                        + ".reportedBy.headline", containsInAnyOrder("Ministers to meet", "Ministers met"))
                .body("data.mergeMeetings.meeting.sides[0].participants.find { it.official.name == 'Carl Second' }"
                        + ".reportedBy.headline", contains("Ministers met"))
                .body("data.mergeMeetings.meeting.sides[1].participants.official.name", contains("Bo Checker"))
                .body("data.mergeMeetings.meeting.sides[1].participants[0].position.title",
                        equalTo("Check Minister"))
                .body("data.mergeMeetings.meeting.topics.name", containsInAnyOrder("test coverage", "flaky tests"))
                // expected by the announcement, discussed according to the report
                .body("data.mergeMeetings.meeting.expectedTopics", equalTo(List.of()))
                .body("data.mergeMeetings.meeting.statements.text", contains("It went well."))
                .body("data.mergeMeetings.meeting.reportedBy.headline", containsInAnyOrder("Ministers to meet",
                        "Ministers met"))
                .body("data.mergeMeetings.meeting.reports.article.headline", containsInAnyOrder(
                        "Ministers to meet", "Ministers met"));

        bothPaths("meeting", "id", held).forEach(response -> response.body("data.meeting", nullValue()));
        // the aggregates follow: two meetings of XA and XB where there were three, the kept one on its new day
        assertEquals(2, db.count("SELECT p.meetings FROM meeting_pair_count p JOIN country a ON a.id = p.country_a"
                + " JOIN country b ON b.id = p.country_b WHERE a.code IN ('XA', 'XB') AND b.code IN ('XA', 'XB')"));
        assertEquals("2024-05-01", db.text("SELECT CAST(held_on AS text) FROM meeting_fact WHERE meeting_id = ?1",
                GlobalId.decode("Meeting", planned)));
        // the statement moved to the meeting kept, as a change of the statement
        assertEquals("1", db.text("SELECT CAST(version AS text) FROM statement WHERE id = ?1 AND meeting_id = ?2",
                GlobalId.decode("Statement", said), GlobalId.decode("Meeting", planned)));
    }

    @Test
    void aMergeOfOtherVersionsOtherPartiesOrOtherDaysIsRefusedAndWritesNothing() {
        String planned = announcement();
        String held = report();
        String xc = country("XC", "Thirdland");
        String other = record(map("forumId", forum, "sides", List.of(side(xa, map("officialId", ana)),
                side(xc, map("officialId", official("Dee Third", xc))))));
        String otherDay = record(map("forumId", forum, "heldOn", "2024-05-02",
                "sides", List.of(side(xa, map("officialId", ana)), side(xb, map("officialId", bo)))));
        Map<String, Long> rows = db.rowCounts();

        edit("mergeMeetings", "keepId", planned, "keepVersion", 0, "mergeId", held, "mergeVersion", 3)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.currentVersion", equalTo(0));
        edit("mergeMeetings", "keepId", planned, "keepVersion", 0, "mergeId", other, "mergeVersion", 0)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("mergeId"))
                .body("errors[0].message", containsString("between XA and XC, the one to keep between XA and XB"));
        edit("mergeMeetings", "keepId", held, "keepVersion", 0, "mergeId", otherDay, "mergeVersion", 0)
                .body("errors[0].extensions.field", equalTo("mergeId"))
                .body("errors[0].message", containsString("was held on 2024-05-02, the one to keep on 2024-05-01"));
        edit("mergeMeetings", "keepId", held, "keepVersion", 0, "mergeId", held, "mergeVersion", 0)
                .body("errors[0].extensions.field", equalTo("mergeId"))
                .body("errors[0].message", containsString("is the meeting to keep"));
        edit("mergeMeetings", "keepId", held, "keepVersion", 0, "mergeId", forum, "mergeVersion", 0)
                .body("errors[0].extensions.field", equalTo("mergeId"));
        GraphQLClient.runAs(GraphQLClient.READER, "mergeMeetings", "keepId", planned, "keepVersion", 0,
                "mergeId", held, "mergeVersion", 0)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));

        assertEquals(rows, db.rowCounts());
    }

    private static String record(Map<String, Object> input) {
        return create("recordMeeting", "meeting", input);
    }

    @SafeVarargs
    private static Map<String, Object> side(String countryId, Map<String, Object>... participants) {
        return map("countryId", countryId, "participants", List.of(participants));
    }

    private static Stream<io.restassured.response.ValidatableResponse> bothPaths(String operation,
            Object... variables) {
        return Stream.of(GraphQLClient.run(operation, variables),
                GraphQLClient.runThroughResolvers(operation, variables))
                .map(response -> response.body("errors", nullValue()));
    }
}
