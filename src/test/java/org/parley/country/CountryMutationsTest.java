package org.parley.country;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.MutationTest;

/** createCountry, updateCountry and deleteCountry, with their rules. */
@QuarkusTest
class CountryMutationsTest extends MutationTest {

    @Test
    void createsUpdatesAndDeletesACountryAndRecordsWhoWrote() {
        String id = edit("createCountry", "input", map("code", " xa ", "name", "  Testland "))
                .body("errors", nullValue())
                .body("data.createCountry.country.code", equalTo("XA"))
                .body("data.createCountry.country.name", equalTo("Testland"))
                .body("data.createCountry.country.version", equalTo(0))
                .body("data.createCountry.country.officials", empty())
                .extract().path("data.createCountry.country.id");
        assertEquals("editor editor true", db.text("SELECT created_by || ' ' || updated_by || ' '"
                + " || (created_at = updated_at) FROM country WHERE code = 'XA'"));

        edit("updateCountry", "id", id, "expectedVersion", 0, "input", map("code", "XA", "name", "Testland Two"))
                .body("errors", nullValue())
                .body("data.updateCountry.country.name", equalTo("Testland Two"))
                .body("data.updateCountry.country.version", equalTo(1));
        assertEquals("editor true", db.text("SELECT updated_by || ' ' || (updated_at > created_at) FROM country"
                + " WHERE code = 'XA'"));

        edit("deleteCountry", "id", id, "expectedVersion", 1)
                .body("errors", nullValue())
                .body("data.deleteCountry.deletedId", equalTo(id))
                .body("data.deleteCountry.cascaded", empty());
        assertEquals(0, db.count("SELECT count(*) FROM country WHERE code = 'XA'"));
    }

    @Test
    void codeAndNameAreChecked() {
        edit("createCountry", "input", map("code", "X1", "name", " "))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.code"))
                .body("errors[0].extensions.violations.field", contains("input.code", "input.name"))
                .body("errors[0].message", startsWith("input.code must be an ISO 3166-1 alpha-2 code"));
        edit("createCountry", "input", map("code", "XAB", "name", "Testland"))
                .body("errors[0].extensions.field", equalTo("input.code"));
        edit("createCountry", "input", map("code", "XA", "name", "T".repeat(201)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.name"));
        assertEquals(0, db.count("SELECT count(*) FROM country WHERE code IN ('X1', 'XA')"));
    }

    @Test
    void codeAndNameAreUnique() {
        String korea = rowsCountry("KR");
        edit("createCountry", "input", map("code", "kr", "name", "Testland"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"))
                .body("errors[0].extensions.field", equalTo("input.code"))
                .body("errors[0].extensions.existingId", equalTo(korea));
        String id = country("XA", "Testland");
        edit("updateCountry", "id", id, "expectedVersion", 0, "input", map("code", "XA", "name", "South Korea"))
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"))
                .body("errors[0].extensions.field", equalTo("input.name"));
        assertEquals("Testland", db.text("SELECT name FROM country WHERE code = 'XA'"));
    }

    @Test
    void deletingACountryOthersReferToIsRefusedUnlessCascaded() {
        String xa = country("XA", "Testland");
        String xb = country("XB", "Otherland");
        String official = official("Test Official", xa);
        String other = official("Other Official", xb);
        organization("Test Ministry", xa);
        String forum = create("createForum", "forum", map("name", "Test Forum", "hostCountryId", xa,
                "participantCountryIds", List.of(xa, xb)));
        String meeting = create("recordMeeting", "meeting", meetingInput(forum, xa, official, xb, other));

        edit("deleteCountry", "id", xa, "expectedVersion", 0)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("HAS_DEPENDENTS"))
                .body("errors[0].message", startsWith("Country 'Testland' cannot be deleted while 1 organisations of"
                        + " the country, 1 officials of the country, 1 forums the country hosted, 1 forum"
                        + " participations of the country, 1 meetings the country took part in refer to it"))
                .body("errors[0].extensions.dependents.what", hasItems("officials of the country",
                        "meetings the country took part in"));
        assertEquals(1, db.count("SELECT count(*) FROM country WHERE code = 'XA'"));

        edit("deleteCountry", "id", xa, "expectedVersion", 0, "cascade", true)
                .body("errors", nullValue())
                .body("data.deleteCountry.cascaded.what", contains("organisations of the country",
                        "officials of the country", "forums the country hosted", "forum participations of the country",
                        "meetings the country took part in"))
                .body("data.deleteCountry.cascaded.count", contains(1, 1, 1, 1, 1));
        assertEquals(0, db.count("SELECT count(*) FROM bilateral_meeting WHERE id = ?1", org.parley.graphql.GlobalId
                .decode("Meeting", meeting)));
        assertEquals("null 1 editor", db.text("SELECT coalesce(CAST(country_id AS text), 'null') || ' ' || version"
                + " || ' ' || updated_by FROM official WHERE name = 'Test Official'"));
        assertEquals("1", db.text("SELECT CAST(count(*) AS text) FROM forum_participant WHERE forum_id = ?1",
                org.parley.graphql.GlobalId.decode("Forum", forum)));
    }

    @Test
    void aStaleOrUnknownIdIsRefused() {
        String id = country("XA", "Testland");
        edit("deleteCountry", "id", id, "expectedVersion", 3)
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.currentVersion", equalTo(0))
                .body("errors[0].extensions.keySet()", containsInAnyOrder("code", "classification", "currentVersion"));
        edit("deleteCountry", "id", org.parley.Ids.of("Country", 999_999_999), "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        edit("deleteCountry", "id", org.parley.Ids.of("Topic", 1), "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("id"));
        assertEquals(1, db.count("SELECT count(*) FROM country WHERE code = 'XA'"));
    }

    private String rowsCountry(String code) {
        return org.parley.Ids.of("Country", db.count("SELECT id FROM country WHERE code = ?1", code));
    }
}
