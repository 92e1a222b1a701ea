package org.parley.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.GraphQLClient;
import org.parley.Ids;
import org.parley.MutationTest;

/** recordMeeting, updateMeeting and deleteMeeting: two sides, each a country or an organisation, with participants. */
@QuarkusTest
class MeetingMutationsTest extends MutationTest {

    String xa;
    String xb;
    String ana;
    String bo;
    String anaPost;
    String boPost;
    String forum;
    String topic;

    @BeforeEach
    void create() {
        xa = country("XA", "Testland");
        xb = country("XB", "Otherland");
        ana = official("Ana Tester", xa);
        bo = official("Bo Checker", xb);
        anaPost = position(ana, "Test Minister", null);
        boPost = position(bo, "Check Minister", null);
        forum = forum("Test Forum", "2024-04-29");
        topic = topic("test coverage");
    }

    private Map<String, Object> input() {
        return map("forumId", forum, "onSidelines", true, "heldOn", "2024-04-30", "location", " Testville ",
                "summary", "They met.", "notes", List.of("Their first meeting."), "topicIds", List.of(topic),
                "sides", List.of(
                        map("countryId", xa, "participants", List.of(map("officialId", ana, "positionId", anaPost))),
                        map("countryId", xb, "participants", List.of(map("officialId", bo, "positionId", boPost)))));
    }

    @Test
    void recordsUpdatesAndDeletesAMeeting() {
        String id = edit("recordMeeting", "input", input())
                .body("errors", nullValue())
                .body("data.recordMeeting.meeting.forum.name", equalTo("Test Forum"))
                .body("data.recordMeeting.meeting.onSidelines", equalTo(true))
                .body("data.recordMeeting.meeting.heldOn", equalTo("2024-04-30"))
                // no status given: held, as every meeting recorded before there were statuses
                .body("data.recordMeeting.meeting.status", equalTo("HELD"))
                .body("data.recordMeeting.meeting.location", equalTo("Testville"))
                .body("data.recordMeeting.meeting.sides.country.code", contains("XA", "XB"))
                .body("data.recordMeeting.meeting.sides.participants.flatten().official.name",
                        contains("Ana Tester", "Bo Checker"))
                .body("data.recordMeeting.meeting.sides.participants.flatten().position.title",
                        contains("Test Minister", "Check Minister"))
                .body("data.recordMeeting.meeting.topics.name", contains("test coverage"))
                .body("data.recordMeeting.meeting.expectedTopics", equalTo(List.of()))
                .extract().path("data.recordMeeting.meeting.id");

        String carl = official("Carl Second", xb);
        Map<String, Object> changed = input();
        changed.put("sides", List.of(
                map("countryId", xb, "participants", List.of(map("officialId", bo), map("officialId", carl))),
                map("countryId", xa, "participants", List.of(map("officialId", ana)))));
        changed.put("topicIds", List.of());
        changed.put("expectedTopicIds", List.of(topic));
        changed.put("status", "PLANNED");
        edit("updateMeeting", "id", id, "expectedVersion", 0, "input", changed)
                .body("errors", nullValue())
                .body("data.updateMeeting.meeting.version", equalTo(1))
                .body("data.updateMeeting.meeting.status", equalTo("PLANNED"))
                .body("data.updateMeeting.meeting.sides.country.code", contains("XB", "XA"))
                .body("data.updateMeeting.meeting.sides[0].participants.official.name",
                        contains("Bo Checker", "Carl Second"))
                // an expected topic is on the agenda too
                .body("data.updateMeeting.meeting.topics.name", contains("test coverage"))
                .body("data.updateMeeting.meeting.expectedTopics.name", contains("test coverage"));
        changed.put("expectedTopicIds", List.of());
        edit("updateMeeting", "id", id, "expectedVersion", 1, "input", changed)
                .body("errors", nullValue())
                .body("data.updateMeeting.meeting.topics", equalTo(List.of()))
                .body("data.updateMeeting.meeting.expectedTopics", equalTo(List.of()));
        assertEquals(3, db.count("SELECT count(*) FROM meeting_participant p JOIN bilateral_meeting m"
                + " ON m.id = p.meeting_id WHERE m.summary = 'They met.'"));
        assertEquals(1, db.count("SELECT count(*) FROM bilateral_meeting WHERE summary = 'They met.'"
                + " AND status = 'PLANNED'"));

        edit("deleteMeeting", "id", id, "expectedVersion", 2, "cascade", false).body("errors", nullValue());
        assertEquals(0, db.count("SELECT count(*) FROM meeting_side s WHERE NOT EXISTS"
                + " (SELECT 1 FROM bilateral_meeting m WHERE m.id = s.meeting_id)"));
        assertEquals(0, db.count("SELECT count(*) FROM bilateral_meeting WHERE summary = 'They met.'"));
    }

    @Test
    void aListCountAndNetworkOfMeetingsKeepOnlyTheStatusesAskedForOnBothPaths() {
        edit("recordMeeting", "input", input()).body("errors", nullValue());
        Map<String, Object> planned = input();
        planned.put("heldOn", "2024-05-02");
        planned.put("status", "PLANNED");
        edit("recordMeeting", "input", planned).body("errors", nullValue());

        for (boolean direct : List.of(true, false)) {
            Object[] held = {"filter", map("forumIds", List.of(forum), "statuses", List.of("HELD"))};
            (direct ? GraphQLClient.run("meetingsByStatus", held)
                    : GraphQLClient.runThroughResolvers("meetingsByStatus", held))
                    .body("errors", nullValue())
                    .body("data.meetings.totalCount", equalTo(1))
                    .body("data.meetings.nodes.heldOn", contains("2024-04-30"))
                    .body("data.meetingCounts.count", contains(1))
                    .body("data.network.edges.weight", contains(1));
            Object[] any = {"filter", map("forumIds", List.of(forum), "statuses", List.of("PLANNED", "HELD"))};
            (direct ? GraphQLClient.run("meetingsByStatus", any)
                    : GraphQLClient.runThroughResolvers("meetingsByStatus", any))
                    .body("errors", nullValue())
                    .body("data.meetings.nodes.status", contains("HELD", "PLANNED"))
                    .body("data.meetingCounts.count", contains(2))
                    .body("data.network.edges.weight", contains(2));
        }
    }

    @Test
    void aSideIsACountryOrAnOrganisationAndOnlyTwoCountriesMakeAPairOnBothPaths() {
        edit("recordMeeting", "input", input()).body("errors", nullValue());
        String union = organization("Test Union", null);
        Map<String, Object> withUnion = input();
        withUnion.put("heldOn", "2024-05-01");
        withUnion.put("sides", List.of(
                map("countryId", xa, "participants", List.of(map("officialId", ana, "positionId", anaPost))),
                map("organizationId", union, "participants", List.of())));
        edit("recordMeeting", "input", withUnion).body("errors", nullValue());

        Object[] atForum = {"filter", map("forumIds", List.of(forum))};
        Object direct = GraphQLClient.run("meetingsWithSides", atForum)
                .body("errors", nullValue())
                .body("data.meetings.nodes[1].sides[0].country.code", equalTo("XA"))
                .body("data.meetings.nodes[1].sides[0].organization", nullValue())
                .body("data.meetings.nodes[1].sides[1].country", nullValue())
                .body("data.meetings.nodes[1].sides[1].organization.name", equalTo("Test Union"))
                .body("data.meetings.nodes[1].sides[1].participants", equalTo(List.of()))
                .body("data.meetings.nodes[1].participants.country.code", contains("XA"))
                // the meeting with the union is no pair of countries: no count of XA with itself, no loop
                .body("data.meetingCounts.label", contains("XA-XB"))
                .body("data.meetingCounts.count", contains(1))
                .body("data.network.edges.weight", contains(1))
                .extract().path("data");
        assertEquals(direct, GraphQLClient.runThroughResolvers("meetingsWithSides", atForum)
                .body("errors", nullValue()).extract().path("data"));
        for (boolean single : List.of(true, false)) {
            Object[] withTheUnion = {"filter", map("organizationIds", List.of(union))};
            (single ? GraphQLClient.run("meetingsWithSides", withTheUnion)
                    : GraphQLClient.runThroughResolvers("meetingsWithSides", withTheUnion))
                    .body("errors", nullValue())
                    .body("data.meetings.nodes.heldOn", contains("2024-05-01"))
                    .body("data.meetingCounts", equalTo(List.of()))
                    .body("data.network.edges", equalTo(List.of()));
        }
    }

    @Test
    void aMeetingOfThreePartiesHasThreeSidesAndIsNoPairOfCountriesOnBothPaths() {
        String xc = country("XC", "Thirdland");
        String cy = official("Cy Third", xc);
        edit("recordMeeting", "input", input()).body("errors", nullValue());
        Map<String, Object> three = input();
        three.put("heldOn", "2024-05-01");
        three.put("sides", List.of(
                map("countryId", xa, "participants", List.of(map("officialId", ana))),
                map("countryId", xb, "participants", List.of(map("officialId", bo))),
                map("countryId", xc, "participants", List.of(map("officialId", cy)))));
        edit("recordMeeting", "input", three).body("errors", nullValue());
        Map<String, Object> later = input();
        later.put("heldOn", "2024-05-02");
        edit("recordMeeting", "input", later).body("errors", nullValue());
        // the same three parties named in another order, on a day not known: maybe the same meeting
        Map<String, Object> undated = input();
        undated.remove("heldOn");
        undated.put("sides", List.of(
                map("countryId", xc, "participants", List.of(map("officialId", cy))),
                map("countryId", xb, "participants", List.of(map("officialId", bo))),
                map("countryId", xa, "participants", List.of(map("officialId", ana)))));
        edit("recordMeeting", "input", undated).body("errors", nullValue());
        // two countries and an organisation are no pair of countries either
        Map<String, Object> withUnion = input();
        withUnion.put("heldOn", "2024-05-03");
        withUnion.put("sides", List.of(
                map("countryId", xa, "participants", List.of()),
                map("countryId", xb, "participants", List.of()),
                map("organizationId", organization("Test Union", null), "participants", List.of())));
        edit("recordMeeting", "input", withUnion).body("errors", nullValue());

        Object[] variables = {"filter", map("forumIds", List.of(forum)),
                "withCountries", map("countryIds", List.of(xc))};
        Object direct = GraphQLClient.run("meetingsOfParties", variables)
                .body("errors", nullValue())
                // a day not known comes first, earliest first
                .body("data.meetings.nodes.heldOn", contains(null, "2024-04-30", "2024-05-01", "2024-05-02",
                        "2024-05-03"))
                .body("data.meetings.nodes[2].sides.number", contains(1, 2, 3))
                .body("data.meetings.nodes[2].sides.country.code", contains("XA", "XB", "XC"))
                .body("data.meetings.nodes[2].sides[2].participants.official.name", contains("Cy Third"))
                // the meeting of two before the one of 2 May is that of 30 April, not the meeting of three
                .body("data.meetings.nodes[3].previousMeetingBetweenSides.heldOn", equalTo("2024-04-30"))
                .body("data.meetings.nodes[2].previousMeetingBetweenSides", nullValue())
                .body("data.meetings.nodes[4].previousMeetingBetweenSides", nullValue())
                .body("data.meetings.nodes.daysSincePreviousMeeting", contains(null, null, null, 2, null))
                // duplicates have the same parties, all of them: a meeting of two is none of a meeting of three
                .body("data.meetings.nodes[0].likelyDuplicates.heldOn", contains("2024-05-01"))
                .body("data.meetings.nodes[1].likelyDuplicates", equalTo(List.of()))
                .body("data.meetings.nodes[2].likelyDuplicates.heldOn", contains((Object) null))
                .body("data.meetings.nodes[3].likelyDuplicates", equalTo(List.of()))
                .body("data.meetingCounts.label", contains("XA-XB"))
                .body("data.meetingCounts.count", contains(2))
                .body("data.network.edges.weight", contains(2))
                // everyone at a meeting of three met everyone of the other sides
                .body("data.officialNetwork.edges.weight", containsInAnyOrder(4, 2, 2))
                .body("data.countsWithCountries", equalTo(List.of()))
                .body("data.networkWithCountries.edges", equalTo(List.of()))
                .extract().path("data");
        assertEquals(direct, GraphQLClient.runThroughResolvers("meetingsOfParties", variables)
                .body("errors", nullValue()).extract().path("data"));
    }

    static Stream<Arguments> brokenRules() {
        return Stream.of(
                Arguments.of("one side", "input.sides"),
                Arguments.of("more sides than a meeting may have", "input.sides"),
                Arguments.of("the same country on a third side", "input.sides[2].countryId"),
                Arguments.of("the same country twice", "input.sides[1].countryId"),
                Arguments.of("a side of a country and an organisation", "input.sides[0]"),
                Arguments.of("a side of neither", "input.sides[1]"),
                Arguments.of("an organisation that does not exist", "input.sides[1].organizationId"),
                Arguments.of("another official's position", "input.sides[0].participants[0].positionId"),
                Arguments.of("an official on both sides", "input.sides[1].participants[0].officialId"),
                Arguments.of("a forum that does not exist", "input.forumId"),
                Arguments.of("a forum ID that is a topic's", "input.forumId"),
                Arguments.of("a summary too long", "input.summary"),
                Arguments.of("a day that is not one", "input.heldOn"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenRules")
    void aMeetingThatBreaksARuleIsRefusedNamingTheFieldAndWritesNothing(String rule, String field) {
        Map<String, Object> input = input();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sides = (List<Map<String, Object>>) input.get("sides");
        switch (rule) {
            case "one side" -> input.put("sides", List.of(sides.get(0)));
            case "more sides than a meeting may have" -> input.put("sides", Collections.nCopies(31, sides.get(0)));
            case "the same country on a third side" -> input.put("sides", List.of(sides.get(0), sides.get(1),
                    map("countryId", xa, "participants", List.of())));
            case "the same country twice" -> sides.get(1).put("countryId", xa);
            case "a side of a country and an organisation" -> sides.get(0).put("organizationId",
                    organization("Test Union", null));
            case "a side of neither" -> sides.get(1).remove("countryId");
            case "an organisation that does not exist" -> {
                sides.get(1).remove("countryId");
                sides.get(1).put("organizationId", Ids.of("Organization", 999_999_999));
            }
            case "another official's position" -> sides.get(0).put("participants",
                    List.of(map("officialId", ana, "positionId", boPost)));
            case "an official on both sides" -> sides.get(1).put("participants", List.of(map("officialId", ana)));
            case "a forum that does not exist" -> input.put("forumId", Ids.of("Forum", 999_999_999));
            case "a forum ID that is a topic's" -> input.put("forumId", topic);
            case "a summary too long" -> input.put("summary", "x".repeat(5001));
            case "a day that is not one" -> input.put("heldOn", "2024-02-30");
            default -> throw new IllegalArgumentException(rule);
        }
        Map<String, Long> rows = db.rowCounts();

        edit("recordMeeting", "input", input)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo(field));

        assertEquals(rows, db.rowCounts());
    }

    @Test
    void deletingAMeetingWithStatementsIsRefusedUnlessCascadedAndTheStatementsStay() {
        String id = create("recordMeeting", "meeting", input());
        String said = create("recordStatement", "statement", map("speakerId", ana, "text", "Said there.",
                "kind", "PARAPHRASE", "meetingId", id));

        edit("deleteMeeting", "id", id, "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("HAS_DEPENDENTS"))
                .body("errors[0].extensions.dependents[0].what", equalTo("statements made at the meeting"));
        edit("deleteMeeting", "id", id, "expectedVersion", 0, "cascade", true)
                .body("errors", nullValue())
                .body("data.deleteMeeting.cascaded[0].count", equalTo(1));
        edit("updateStatement", "id", said, "expectedVersion", 1, "input", map("speakerId", ana,
                "text", "Said there.", "kind", "PARAPHRASE"))
                .body("errors", nullValue())
                .body("data.updateStatement.statement.meeting", nullValue());
    }
}
