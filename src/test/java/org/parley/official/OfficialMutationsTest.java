package org.parley.official;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.MutationTest;

/** Officials and their positions: names in any script, posts with their dates, and what goes with an official. */
@QuarkusTest
class OfficialMutationsTest extends MutationTest {

    @Test
    void namesInAnyScriptRoundTripTrimmedAndInNfc() {
        String xa = country("XA", "Testland");
        String decomposed = Normalizer.normalize("Zoë Müller‐Lüdenscheidt", Normalizer.Form.NFD);
        edit("createOfficial", "input", map("name", "  " + decomposed + "\t", "countryId", xa,
                "otherNames", List.of("백승주", " 西 正典 ", "Jean‑Yves Le Drian", "백승주")))
                .body("errors", nullValue())
                .body("data.createOfficial.official.name", equalTo("Zoë Müller‐Lüdenscheidt"))
                .body("data.createOfficial.official.otherNames", contains("백승주", "西 正典", "Jean‑Yves Le Drian"))
                .body("data.createOfficial.official.country.code", equalTo("XA"));
        assertEquals("Zoë Müller‐Lüdenscheidt", db.text("SELECT name FROM official WHERE country_id = ?1",
                db.count("SELECT id FROM country WHERE code = 'XA'")));
    }

    @Test
    void anOfficialIsUniqueWithTheirCountryAndReferencesMustExist() {
        String xa = country("XA", "Testland");
        official("Test Official", xa);
        edit("createOfficial", "input", map("name", "Test Official", "countryId", xa))
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"))
                .body("errors[0].extensions.field", equalTo("input.name"));
        edit("createOfficial", "input", map("name", "Test Official", "countryId", org.parley.Ids.of("Country", 999_999)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.countryId"));
        edit("createOfficial", "input", map("name", "Test Official", "countryId", org.parley.Ids.of("Topic", 1)))
                .body("errors[0].extensions.field", equalTo("input.countryId"))
                .body("errors[0].message", startsWith("input.countryId "));
        edit("createOfficial", "input", map("name", "Test Official", "otherNames", List.of("x".repeat(201))))
                .body("errors[0].extensions.field", equalTo("input.otherNames[0]"));
        assertEquals(1, db.count("SELECT count(*) FROM official WHERE name = 'Test Official'"));
    }

    @Test
    void positionsBelongToAnOfficialAndEndNoEarlierThanTheyStart() {
        String xa = country("XA", "Testland");
        String official = official("Test Official", xa);
        String ministry = organization("Test Ministry", xa);
        String id = edit("createPosition", "input", map("officialId", official, "title", " Test Minister ",
                "organizationId", ministry, "startDate", "2024-01-02"))
                .body("errors", nullValue())
                .body("data.createPosition.position.title", equalTo("Test Minister"))
                .body("data.createPosition.position.official.name", equalTo("Test Official"))
                .body("data.createPosition.position.organization.name", equalTo("Test Ministry"))
                .extract().path("data.createPosition.position.id");

        edit("updatePosition", "id", id, "expectedVersion", 0, "input", map("officialId", official,
                "title", "Test Minister", "organizationId", ministry, "startDate", "2024-01-02", "endDate", "2023-12-31"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.endDate"));
        edit("updatePosition", "id", id, "expectedVersion", 0, "input", map("officialId", official,
                "title", "Test Minister", "organizationId", ministry, "startDate", "2024-01-02", "endDate", "2024-06-30"))
                .body("errors", nullValue())
                .body("data.updatePosition.position.endDate", equalTo("2024-06-30"))
                .body("data.updatePosition.position.version", equalTo(1));
        edit("createPosition", "input", map("officialId", official, "title", "Test Minister",
                "organizationId", ministry))
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"));
        edit("createPosition", "input", map("officialId", official, "title", "Adviser", "startDate", "2024-13-01"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.startDate"));

        edit("deletePosition", "id", id, "expectedVersion", 1).body("errors", nullValue());
        assertEquals(0, db.count("SELECT count(*) FROM official_position WHERE title = 'Test Minister'"));
    }

    @Test
    void deletingAnOfficialWhoSpokeIsRefusedUnlessCascadedThenTheirStatementsPostsAndMeetingsGo() {
        String xa = country("XA", "Testland");
        String xb = country("XB", "Otherland");
        String ana = official("Ana Tester", xa);
        String bo = official("Bo Checker", xb);
        String post = position(ana, "Test Minister", null);
        String meeting = create("recordMeeting", "meeting", meetingInput(null, xa, ana, xb, bo));
        String boSaid = create("recordStatement", "statement", map("speakerId", bo, "text", "Said at the meeting.",
                "kind", "QUOTE", "meetingId", meeting, "relayedById", ana, "relayedByPositionId", post));
        statement(ana, "Every fact deserves a test.");
        Map<String, Long> rows = db.rowCounts();

        edit("deleteOfficial", "id", ana, "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("HAS_DEPENDENTS"))
                .body("errors[0].message", startsWith("Official 'Ana Tester' cannot be deleted while 1 statements the"
                        + " official made, 1 statements the official relayed, 1 meetings the official took part in,"
                        + " 1 positions of the official refer to it"))
                .body("errors[0].extensions.dependents.count", contains(1, 1, 1, 1));
        assertEquals(rows, db.rowCounts());

        edit("deleteOfficial", "id", ana, "expectedVersion", 0, "cascade", true)
                .body("errors", nullValue())
                .body("data.deleteOfficial.cascaded.what", contains("statements the official made",
                        "statements the official relayed", "meetings the official took part in",
                        "positions of the official"));
        assertEquals(0, db.count("SELECT count(*) FROM official WHERE name = 'Ana Tester'"));
        assertEquals(0, db.count("SELECT count(*) FROM bilateral_meeting WHERE id = ?1", id(meeting)));
        // two changes: the relay cleared, and the meeting
        assertEquals("null|null|null|2", db.text("SELECT concat_ws('|', coalesce(CAST(meeting_id AS text), 'null'),"
                + " coalesce(CAST(relayed_by_id AS text), 'null'), coalesce(CAST(relayed_by_position_id AS text),"
                + " 'null'), version) FROM statement WHERE id = ?1", id(boSaid)));
        assertEquals(0, db.count("SELECT count(*) FROM statement WHERE text = 'Every fact deserves a test.'"));
    }

    private static long id(String globalId) {
        return Long.parseLong(new String(java.util.Base64.getUrlDecoder().decode(globalId)).split(":")[1]);
    }
}
