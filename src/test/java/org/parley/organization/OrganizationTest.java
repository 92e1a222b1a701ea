package org.parley.organization;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;
import static org.parley.GraphQLClient.runRefused;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Rows;

/**
 * Organisations of the three shipped documents, the same five in each that names them: two defence ministries and
 * three international bodies.
 */
@QuarkusTest
class OrganizationTest {

    @Inject
    DataSource dataSource;
    Rows rows;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
    }

    @Test
    void fiveOrganizationsByName() {
        run("organizations")
                .body("errors", nullValue())
                .body("data.organizations.totalCount", equalTo(5))
                .body("data.organizations.nodes.name", contains("Defense Ministry", "Defense Ministry",
                        "European Union", "North Atlantic Treaty Organization", "United Nations"))
                .body("data.organizations.nodes.shortName", contains(null, null, "EU", "NATO", "U.N."))
                .body("data.organizations.nodes.kind", contains("MINISTRY", "MINISTRY",
                        "INTERNATIONAL_ORGANIZATION", "ALLIANCE", "INTERNATIONAL_ORGANIZATION"));
    }

    @Test
    void filtersByKindCountryAndName() {
        run("organizations", "filter", Map.of("kinds", List.of("ALLIANCE")))
                .body("data.organizations.nodes.shortName", contains("NATO"));
        run("organizations", "filter", Map.of("kinds", List.of("MINISTRY"), "countryIds", List.of(rows.country("JP"))))
                .body("data.organizations.nodes.country.code", contains("JP"));
        run("organizations", "filter", Map.of("nameContains", "nato"))
                .body("data.organizations.nodes.name", contains("North Atlantic Treaty Organization"));
        runRefused("organizations", "filter", Map.of("kinds", List.of("NOT_A_KIND")))
                .body("errors[0].message", org.hamcrest.Matchers.notNullValue())
                .body("data", nullValue());
    }

    @Test
    void theSouthKoreanMinistryWithItsPosts() {
        String ministry = rows.id("Organization", "organization",
                "name = 'Defense Ministry' AND country_id = (SELECT id FROM country WHERE code = 'KR')");
        run("organization", "id", ministry)
                .body("errors", nullValue())
                .body("data.organization.kind", equalTo("MINISTRY"))
                .body("data.organization.country.code", equalTo("KR"))
                .body("data.organization.parent", nullValue())
                .body("data.organization.children", empty())
                // the later report adds Shin Beom-chul's post
                .body("data.organization.positions.title", containsInAnyOrder("Spokesperson", "Vice Defense Minister",
                        "Vice Defense Minister"))
                .body("data.organization.positions.official.name", containsInAnyOrder("Kim Min-seok", "Baek Seung-joo",
                        "Shin Beom-chul"))
                // the article and the later report, which the ministry announced, mention the ministry; the opening
                // report mentions the U.N., the EU and NATO only
                .body("data.organization.mentionedIn.headline", contains("Vice defence ministers of South Korea and"
                        + " Japan to meet at the Seoul Defense Dialogue", "Seoul cautions Tokyo over collective"
                        + " self-defense move"))
                .body("data.organization.articlesPublished", empty());
    }

    @Test
    void internationalBodiesHaveNoCountry() {
        String un = rows.id("Organization", "organization", "name = 'United Nations'");
        run("organization", "id", un)
                .body("data.organization.shortName", equalTo("U.N."))
                .body("data.organization.country", nullValue())
                .body("data.organization.positions", empty());
    }
}
