package org.parley.official;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Rows;

/** Officials of the shipped articles, their posts, and the filters and orders of their list. */
@QuarkusTest
class OfficialTest {

    @Inject
    DataSource dataSource;
    Rows rows;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
    }

    @Test
    void theFiveOfficialsByName() {
        run("officials")
                .body("errors", nullValue())
                .body("data.officials.totalCount", equalTo(5))
                .body("data.officials.edges.node.name", contains("Baek Seung-joo", "Kim Min-seok", "Masami Oka",
                        "Masanori Nishi", "Shin Beom-chul"));
    }

    @Test
    void baekIsSouthKoreasViceDefenseMinister() {
        String baek = rows.official("Baek Seung-joo");
        run("official", "id", baek)
                .body("errors", nullValue())
                .body("data.official.name", equalTo("Baek Seung-joo"))
                .body("data.official.otherNames", empty())
                .body("data.official.country.code", equalTo("KR"))
                .body("data.official.positions", hasSize(1))
                .body("data.official.positions[0].title", equalTo("Vice Defense Minister"))
                .body("data.official.positions[0].startDate", nullValue())
                .body("data.official.positions[0].endDate", nullValue())
                .body("data.official.positions[0].organization.name", equalTo("Defense Ministry"))
                .body("data.official.positions[0].organization.country.code", equalTo("KR"))
                .body("data.official.positions[0].official.name", equalTo("Baek Seung-joo"))
                .body("data.official.currentPosition.title", equalTo("Vice Defense Minister"))
                // newest first: neither has a publication date, so the last recorded first
                .body("data.official.mentionedIn.headline", contains("Seoul Defense Dialogue opens with officials of"
                        + " 21 countries and three organisations", "Seoul cautions Tokyo over collective self-defense"
                        + " move"));
    }

    @Test
    void nishiWorksForJapansMinistryAndKimIsTheSpokesperson() {
        run("official", "id", rows.official("Masanori Nishi"))
                .body("data.official.country.code", equalTo("JP"))
                .body("data.official.positions[0].organization.country.code", equalTo("JP"));
        run("official", "id", rows.official("Kim Min-seok"))
                .body("data.official.currentPosition.title", equalTo("Spokesperson"));
    }

    @Test
    void nameFilterIsCaseInsensitiveAndPartial() {
        run("officials", "filter", Map.of("nameContains", "SEUNG"))
                .body("data.officials.edges.node.name", contains("Baek Seung-joo"));
        run("officials", "filter", Map.of("nameContains", "min"))
                .body("data.officials.edges.node.name", contains("Kim Min-seok"));
        run("officials", "filter", Map.of("nameContains", "nobody"))
                .body("data.officials.totalCount", equalTo(0));
    }

    @Test
    void countryAndOrganizationFilters() {
        run("officials", "filter", Map.of("countryIds", List.of(rows.country("KR"))))
                .body("data.officials.edges.node.name", contains("Baek Seung-joo", "Kim Min-seok", "Shin Beom-chul"));
        run("officials", "filter", Map.of("countryIds", List.of(rows.country("US"))))
                .body("data.officials.totalCount", equalTo(0));
        String japaneseMinistry = rows.id("Organization", "organization",
                "name = 'Defense Ministry' AND country_id = (SELECT id FROM country WHERE code = 'JP')");
        run("officials", "filter", Map.of("organizationIds", List.of(japaneseMinistry)))
                .body("data.officials.edges.node.name", contains("Masami Oka", "Masanori Nishi"));
        run("officials", "filter", Map.of("countryIds", List.of(rows.official("Kim Min-seok"))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void ordersByRecordingOrderAndPages() {
        // the articles' officials in the order they were recorded
        List<String> byId = run("officials", "orderBy", "ID_ASC")
                .body("data.officials.edges.node.name", contains("Baek Seung-joo", "Masanori Nishi", "Kim Min-seok",
                        "Shin Beom-chul", "Masami Oka"))
                .extract().path("data.officials.edges.node.name");
        run("officials", "orderBy", "ID_DESC")
                .body("data.officials.edges.node.name", contains(byId.get(4), byId.get(3), byId.get(2), byId.get(1),
                        byId.get(0)));
        String cursor = run("officials", "orderBy", "ID_ASC", "first", 2)
                .body("data.officials.edges.node.name", contains(byId.get(0), byId.get(1)))
                .body("data.officials.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.officials.pageInfo.endCursor");
        cursor = run("officials", "orderBy", "ID_ASC", "first", 2, "after", cursor)
                .body("data.officials.edges.node.name", contains(byId.get(2), byId.get(3)))
                .body("data.officials.pageInfo.hasNextPage", equalTo(true))
                .extract().path("data.officials.pageInfo.endCursor");
        run("officials", "orderBy", "ID_ASC", "first", 2, "after", cursor)
                .body("data.officials.edges.node.name", contains(byId.get(4)))
                .body("data.officials.pageInfo.hasNextPage", equalTo(false));
    }
}
