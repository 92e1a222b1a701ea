package org.parley.forum;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.MutationTest;

/** createForum, updateForum and deleteForum, with the forum's participants. */
@QuarkusTest
class ForumMutationsTest extends MutationTest {

    @Test
    void createsUpdatesAndDeletesAForumWithItsParticipants() {
        String xa = country("XA", "Testland");
        String xb = country("XB", "Otherland");
        String ministry = organization("Test Ministry", xa);
        String article = article("https://news.example.org/parley-test/forum", "A forum opens");
        Map<String, Object> input = map("name", " Test Forum ", "description", "A forum for tests.",
                "hostCountryId", xa, "hostOrganizationId", ministry, "location", "Testville",
                "startDate", "2024-04-29", "endDate", "2024-05-01", "durationDays", 3, "endDateText", "Wednesday",
                "participatingCountryCount", 21, "participantCountryIds", List.of(xa, xb),
                "participantOrganizationIds", List.of(ministry), "articleIds", List.of(article));
        String id = edit("createForum", "input", input)
                .body("errors", nullValue())
                .body("data.createForum.forum.name", equalTo("Test Forum"))
                .body("data.createForum.forum.hostCountry.code", equalTo("XA"))
                .body("data.createForum.forum.hostOrganization.name", equalTo("Test Ministry"))
                .body("data.createForum.forum.durationDays", equalTo(3))
                .body("data.createForum.forum.participatingCountryCount", equalTo(21))
                .body("data.createForum.forum.participants.country.code.findAll { it != null }",
                        containsInAnyOrder("XA", "XB"))
                .body("data.createForum.forum.participants.organization.name.findAll { it != null }",
                        contains("Test Ministry"))
                .body("data.createForum.forum.reportedBy.headline", contains("A forum opens"))
                .extract().path("data.createForum.forum.id");

        input.putAll(map("participantCountryIds", List.of(xb), "participantOrganizationIds", List.of(),
                "endDate", null, "endDateText", null));
        edit("updateForum", "id", id, "expectedVersion", 0, "input", input)
                .body("errors", nullValue())
                .body("data.updateForum.forum.version", equalTo(1))
                .body("data.updateForum.forum.endDate", nullValue())
                .body("data.updateForum.forum.participants.country.code", contains("XB"));

        edit("deleteForum", "id", id, "expectedVersion", 1).body("errors", nullValue());
        assertEquals(0, db.count("SELECT count(*) FROM forum WHERE name = 'Test Forum'"));
        assertEquals(0, db.count("SELECT count(*) FROM forum_participant p WHERE NOT EXISTS"
                + " (SELECT 1 FROM forum f WHERE f.id = p.forum_id)"));
    }

    @Test
    void datesCountsAndNameAreChecked() {
        edit("createForum", "input", map("name", "Test Forum", "startDate", "2024-05-02", "endDate", "2024-05-01"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.endDate"));
        edit("createForum", "input", map("name", "Test Forum", "durationDays", 0, "participatingCountryCount", -1))
                .body("errors[0].extensions.violations.field", contains("input.durationDays",
                        "input.participatingCountryCount"));
        forum("Test Forum", "2024-04-29");
        edit("createForum", "input", map("name", "Test Forum", "startDate", "2024-04-29"))
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"));
        String nextEdition = forum("Test Forum", "2025-04-29");
        assertEquals(2, db.count("SELECT count(*) FROM forum WHERE name = 'Test Forum'"));
        edit("deleteForum", "id", nextEdition, "expectedVersion", 0).body("errors", nullValue());
    }

    @Test
    void deletingAForumWithMeetingsIsRefusedUnlessCascadedThenTheMeetingsGo() {
        String xa = country("XA", "Testland");
        String xb = country("XB", "Otherland");
        String ana = official("Ana Tester", xa);
        String bo = official("Bo Checker", xb);
        String forum = forum("Test Forum", "2024-04-29");
        String meeting = create("recordMeeting", "meeting", meetingInput(forum, xa, ana, xb, bo));
        create("recordStatement", "statement", map("speakerId", ana, "text", "At the forum.", "kind", "QUOTE",
                "meetingId", meeting));

        edit("deleteForum", "id", forum, "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("HAS_DEPENDENTS"))
                .body("errors[0].message", equalTo("Forum 'Test Forum' cannot be deleted while 1 meetings at the forum"
                        + " refer to it; delete or change those first, or pass cascade: true to deal with them too."));
        edit("deleteForum", "id", forum, "expectedVersion", 0, "cascade", true)
                .body("errors", nullValue())
                .body("data.deleteForum.cascaded.what", contains("meetings at the forum"));
        assertEquals(0, db.count("SELECT count(*) FROM bilateral_meeting m JOIN meeting_side s ON s.meeting_id = m.id"
                + " JOIN country c ON c.id = s.country_id WHERE c.code = 'XA'"));
        assertEquals(1, db.count("SELECT count(*) FROM statement WHERE text = 'At the forum.' AND meeting_id IS NULL"));
    }
}
