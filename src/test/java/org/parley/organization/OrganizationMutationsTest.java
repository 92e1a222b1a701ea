package org.parley.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.parley.MutationTest;

/** createOrganization, updateOrganization and deleteOrganization. */
@QuarkusTest
class OrganizationMutationsTest extends MutationTest {

    @Test
    void createsUpdatesAndDeletesAnOrganisationInItsHierarchy() {
        String xa = country("XA", "Testland");
        String government = organization("Test Government", xa);
        String id = edit("createOrganization", "input", map("name", "Test Coverage Office", "shortName", " TCO ",
                "kind", "GOVERNMENT_AGENCY", "countryId", xa, "parentId", government))
                .body("errors", nullValue())
                .body("data.createOrganization.organization.shortName", equalTo("TCO"))
                .body("data.createOrganization.organization.kind", equalTo("GOVERNMENT_AGENCY"))
                .body("data.createOrganization.organization.country.code", equalTo("XA"))
                .body("data.createOrganization.organization.parent.name", equalTo("Test Government"))
                .extract().path("data.createOrganization.organization.id");

        edit("updateOrganization", "id", government, "expectedVersion", 0, "input", map("name", "Test Government",
                "kind", "GOVERNMENT", "countryId", xa, "parentId", id))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].extensions.field", equalTo("input.parentId"));
        edit("createOrganization", "input", map("name", "Test Government", "kind", "GOVERNMENT", "countryId", xa))
                .body("errors[0].extensions.code", equalTo("ALREADY_EXISTS"));
        edit("createOrganization", "input", map("name", "Test Government", "kind", "GOVERNMENT",
                "shortName", "S".repeat(51)))
                .body("errors[0].extensions.field", equalTo("input.shortName"));

        edit("deleteOrganization", "id", government, "expectedVersion", 0)
                .body("errors[0].extensions.code", equalTo("HAS_DEPENDENTS"))
                .body("errors[0].extensions.dependents.what", contains("sub-organisations of the organisation"));
        edit("deleteOrganization", "id", government, "expectedVersion", 0, "cascade", true)
                .body("errors", nullValue());
        assertEquals("1|editor", db.text("SELECT concat_ws('|', version, updated_by) FROM organization"
                + " WHERE name = 'Test Coverage Office' AND parent_id IS NULL"));
        edit("deleteOrganization", "id", id, "expectedVersion", 1).body("errors", nullValue());
    }
}
