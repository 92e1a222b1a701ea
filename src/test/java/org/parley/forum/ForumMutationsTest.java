package org.parley.forum;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.GraphQLClient.run;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
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
    void anEditionWithItsWordsAndTheRanksOfItsDelegationsReadsBack() {
        String xa = country("XA", "Testland");
        String xb = country("XB", "Otherland");
        String xc = country("XC", "Thirdland");
        String ministry = organization("Test Ministry", xa);
        Map<String, Object> input = map("name", "Test Forum", "edition", 2, "editionDerived", true,
                "editionText", " its second edition ", "startDateText", " Monday ", "endDateText", "Wednesday",
                "attendanceText", " about 180 senior officials ", "participantCountryIds", List.of(xa, xb),
                "participantOrganizationIds", List.of(ministry), "delegations", List.of(
                        map("countryId", xa, "level", "VICE_MINISTER"),
                        map("countryId", xc, "level", "BELOW_VICE_MINISTER"),
                        map("organizationId", ministry, "level", "MINISTER")));
        String participants = "data.createForum.forum.participants";
        String id = edit("forum-create-edition", "input", input)
                .body("errors", nullValue())
                .body("data.createForum.forum.edition", equalTo(2))
                .body("data.createForum.forum.editionDerived", equalTo(true))
                .body("data.createForum.forum.editionText", equalTo("its second edition"))
                .body("data.createForum.forum.startDateText", equalTo("Monday"))
                .body("data.createForum.forum.endDateText", equalTo("Wednesday"))
                .body("data.createForum.forum.attendanceText", equalTo("about 180 senior officials"))
                // XC, not among participantCountryIds, takes part through its delegation
                .body(participants + ".country.code.findAll { it != null }", containsInAnyOrder("XA", "XB", "XC"))
                .body(participants + ".find { it.country?.code == 'XA' }.delegationLevel", equalTo("VICE_MINISTER"))
                .body(participants + ".find { it.country?.code == 'XB' }.delegationLevel", nullValue())
                .body(participants + ".find { it.country?.code == 'XC' }.delegationLevel",
                        equalTo("BELOW_VICE_MINISTER"))
                .body(participants + ".find { it.organization?.name == 'Test Ministry' }.delegationLevel",
                        equalTo("MINISTER"))
                .body(participants, hasSize(4))
                .extract().path("data.createForum.forum.id");

        String read = "data.forum.participants";
        run("forum-edition", "id", id)
                .body("errors", nullValue())
                .body("data.forum.name", equalTo("Test Forum"))
                .body("data.forum.edition", equalTo(2))
                .body("data.forum.editionDerived", equalTo(true))
                .body("data.forum.editionText", equalTo("its second edition"))
                .body("data.forum.startDateText", equalTo("Monday"))
                .body("data.forum.attendanceText", equalTo("about 180 senior officials"))
                // countries first, each by name (Otherland, Testland, Thirdland), then the organisation
                .body(read + ".collect { it.country?.code }", contains("XB", "XA", "XC", null))
                .body(read + ".collect { it.organization?.name }", contains(null, null, null, "Test Ministry"))
                .body(read + ".delegationLevel", contains(null, "VICE_MINISTER", "BELOW_VICE_MINISTER", "MINISTER"));
        assertEquals(4, db.count("SELECT count(*) FROM forum_participant p JOIN forum f ON f.id = p.forum_id"
                + " WHERE f.name = 'Test Forum'"));
        assertEquals(3, db.count("SELECT count(*) FROM forum_participant p JOIN forum f ON f.id = p.forum_id"
                + " WHERE f.name = 'Test Forum' AND p.delegation_level IS NOT NULL"));
    }

    @Test
    void aForumsPanelsKeepTheirOrderAreReplacedByAnUpdateAndEachThemeComesOnce() {
        String id = create("createForum", "forum", map("name", "Test Forum", "panels", List.of(
                map("theme", " non-proliferation ", "dayText", "on the second day"),
                map("theme", "cyber security"))));
        run("forum-edition", "id", id)
                .body("errors", nullValue())
                .body("data.forum.panels.theme", contains("non-proliferation", "cyber security"))
                .body("data.forum.panels.dayText", contains("on the second day", null));
        GraphQLClient.runThroughResolvers("forum-edition", "id", id)
                .body("data.forum.panels.theme", contains("non-proliferation", "cyber security"));

        edit("updateForum", "id", id, "expectedVersion", 0, "input", map("name", "Test Forum", "panels",
                List.of(map("theme", "cyber security"), map("theme", "maritime security"))))
                .body("errors", nullValue());
        run("forum-edition", "id", id)
                .body("data.forum.panels.theme", contains("cyber security", "maritime security"))
                .body("data.forum.panels.dayText", contains(null, null));

        Map<String, Long> rows = db.rowCounts();
        edit("updateForum", "id", id, "expectedVersion", 1, "input", map("name", "Test Forum", "panels",
                List.of(map("theme", "cyber security"), map("theme", "cyber security "))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.panels[1].theme"));
        edit("updateForum", "id", id, "expectedVersion", 1, "input", map("name", "Test Forum", "panels",
                List.of(map("theme", "  "))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.panels[0].theme"));
        assertEquals(rows, db.rowCounts());
        run("forum-edition", "id", id).body("data.forum.panels.theme", contains("cyber security",
                "maritime security"));
    }

    @Test
    void editionsOfOneNameNeedNoStartDateButEachComesOnce() {
        String first = create("createForum", "forum", map("name", "Test Forum", "edition", 1));
        String second = create("createForum", "forum", map("name", "Test Forum", "edition", 2));
        assertEquals(2, db.count("SELECT count(*) FROM forum WHERE name = 'Test Forum' AND start_date IS NULL"));
        run("forum-edition", "id", first).body("data.forum.edition", equalTo(1))
                .body("data.forum.editionDerived", equalTo(false));
        run("forum-edition", "id", second).body("data.forum.edition", equalTo(2));

        Map<String, Long> rows = db.rowCounts();
        String versions = db.versions();
        edit("createForum", "input", map("name", "Test Forum", "edition", 2, "startDate", "2025-04-29"))
                .body("data.createForum", nullValue())
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"))
                .body("errors[0].extensions.field", equalTo("input.edition"))
                .body("errors[0].extensions.existingId", equalTo(second))
                .body("errors[0].message", equalTo("A Forum with the name Test Forum and the edition 2 exists"
                        + " already: update that one instead."));
        // the same edition again, with no start date like the second's
        edit("createForum", "input", map("name", "Test Forum", "edition", 2))
                .body("data.createForum", nullValue())
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"))
                .body("errors[0].extensions.field", equalTo("input.edition"))
                .body("errors[0].extensions.existingId", equalTo(second));
        edit("updateForum", "id", first, "expectedVersion", 0, "input", map("name", "Test Forum", "edition", 2,
                "startDate", "2025-04-29"))
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"))
                .body("errors[0].extensions.field", equalTo("input.edition"))
                .body("errors[0].extensions.existingId", equalTo(second));
        assertEquals(rows, db.rowCounts());
        assertEquals(versions, db.versions());
        // and a forum of no edition twice, both without a start date
        String unnumbered = create("createForum", "forum", map("name", "Test Forum"));
        edit("createForum", "input", map("name", "Test Forum"))
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"))
                .body("errors[0].extensions.field", equalTo("input.name"))
                .body("errors[0].extensions.existingId", equalTo(unnumbered))
                .body("errors[0].message", equalTo("A Forum with the name Test Forum, no edition and no start date"
                        + " exists already: update that one instead."));
    }

    @Test
    void aDerivedEditionNeedsAnEditionAndADelegationExactlyOneParticipant() {
        String xa = country("XA", "Testland");
        String ministry = organization("Test Ministry", xa);
        Map<String, Long> rows = db.rowCounts();
        edit("createForum", "input", map("name", "Test Forum", "editionDerived", true, "editionText", "the next one"))
                .body("data.createForum", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.editionDerived"))
                .body("errors[0].message", equalTo("input.editionDerived is true but no edition is given."));
        edit("createForum", "input", map("name", "Test Forum", "participantCountryIds", List.of(xa), "delegations",
                List.of(map("countryId", xa, "level", "VICE_MINISTER"), map("level", "MINISTER"))))
                .body("data.createForum", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.delegations[1]"))
                .body("errors[0].message", equalTo("input.delegations[1] names neither countryId nor organizationId;"
                        + " give exactly one: a delegation is sent by a country or an organisation."));
        edit("createForum", "input", map("name", "Test Forum", "delegations",
                List.of(map("countryId", xa, "organizationId", ministry, "level", "MINISTER"))))
                .body("data.createForum", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.delegations[0]"))
                .body("errors[0].message", equalTo("input.delegations[0] names both countryId and organizationId;"
                        + " give exactly one: a delegation is sent by a country or an organisation."));
        assertEquals(rows, db.rowCounts());
        assertEquals(0, db.count("SELECT count(*) FROM forum WHERE name = 'Test Forum'"));
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
