package org.parley.country;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.GraphQLClient.EDITOR;
import static org.parley.GraphQLClient.runAs;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.persistence.TestDb;

/** createCountry, updateCountry and deleteCountry, with their rules. */
@QuarkusTest
class CountryMutationsTest {

    @Inject
    TestDb db;
    private Map<String, Long> highestIds;

    @BeforeEach
    void rememberWhatExists() {
        highestIds = db.highestIds();
    }

    @AfterEach
    void deleteWhatTheTestWrote() {
        db.deleteAddedSince(highestIds);
    }

    @Test
    void createsUpdatesAndDeletesACountry() {
        String id = runAs(EDITOR, "createCountry", "input", Map.of("code", " xa ", "name", "  Testland "))
                .body("errors", nullValue())
                .body("data.createCountry.country.code", equalTo("XA"))
                .body("data.createCountry.country.name", equalTo("Testland"))
                .body("data.createCountry.country.version", equalTo(0))
                .body("data.createCountry.country.officials", empty())
                .extract().path("data.createCountry.country.id");
        assertEquals("editor editor", db.text("SELECT created_by || ' ' || updated_by FROM country WHERE code = 'XA'"));

        runAs(EDITOR, "updateCountry", "id", id, "expectedVersion", 0, "input", Map.of("code", "XA", "name", "Testland Two"))
                .body("errors", nullValue())
                .body("data.updateCountry.country.name", equalTo("Testland Two"))
                .body("data.updateCountry.country.version", equalTo(1));

        runAs(EDITOR, "updateCountry", "id", id, "expectedVersion", 0, "input", Map.of("code", "XA", "name", "Stale"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].extensions.currentVersion", equalTo(1));

        runAs(EDITOR, "createCountry", "input", Map.of("code", "X1", "name", ""))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.code"))
                .body("errors[0].extensions.violations.field", contains("input.code", "input.name"));

        runAs(EDITOR, "deleteCountry", "id", id, "expectedVersion", 1)
                .body("errors", nullValue())
                .body("data.deleteCountry.deletedId", equalTo(id));
        assertEquals(0, db.count("SELECT count(*) FROM country WHERE code = 'XA'"));
    }

    @Test
    void writesNeedAnEditor() {
        org.parley.GraphQLClient.run("createCountry", "input", Map.of("code", "XA", "name", "Testland"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        runAs(org.parley.GraphQLClient.READER, "createCountry", "input", Map.of("code", "XA", "name", "Testland"))
                .body("data", nullValue())
                .body("errors[0].message", notNullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertEquals(0, db.count("SELECT count(*) FROM country WHERE code = 'XA'"));
    }
}
