package org.parley.country;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.run;
import static org.parley.ShippedReports.LATER;
import static org.parley.ShippedReports.OPENING;
import static org.parley.ShippedReports.SHIPPED;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Ids;
import org.parley.Rows;

/**
 * Countries of the three shipped documents (the article's seven and the 13 more of the report of the forum's
 * opening): lookups, filters, orders and every step of paging through them.
 */
@QuarkusTest
class CountryTest {

    @Inject
    DataSource dataSource;
    Rows rows;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
    }

    @Test
    void theDocumentsCountriesAreThereByName() {
        run("countries", "first", 20)
                .body("errors", nullValue())
                .body("data.countries.totalCount", equalTo(20))
                .body("data.countries.edges.node.name", contains("Australia", "Brunei", "Cambodia", "Canada", "China",
                        "India", "Indonesia", "Japan", "Malaysia", "Mongolia", "Myanmar", "New Zealand", "Philippines",
                        "Russia", "Singapore", "South Korea", "Thailand", "United Kingdom", "United States", "Vietnam"))
                .body("data.countries.nodes.code", contains("AU", "BN", "KH", "CA", "CN", "IN", "ID", "JP", "MY", "MN",
                        "MM", "NZ", "PH", "RU", "SG", "KR", "TH", "GB", "US", "VN"))
                .body("data.countries.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void pagesFollowEachOtherToTheLastPage() {
        var first = run("countries", "first", 9)
                .body("data.countries.edges.node.name", contains("Australia", "Brunei", "Cambodia", "Canada", "China",
                        "India", "Indonesia", "Japan", "Malaysia"))
                .body("data.countries.pageInfo.hasNextPage", equalTo(true))
                .body("data.countries.pageInfo.hasPreviousPage", equalTo(false))
                .extract().<String>path("data.countries.pageInfo.endCursor");
        var second = run("countries", "first", 9, "after", first)
                .body("data.countries.edges.node.name", contains("Mongolia", "Myanmar", "New Zealand", "Philippines",
                        "Russia", "Singapore", "South Korea", "Thailand", "United Kingdom"))
                .body("data.countries.pageInfo.hasNextPage", equalTo(true))
                .body("data.countries.pageInfo.hasPreviousPage", equalTo(true))
                .body("data.countries.totalCount", equalTo(20))
                .extract().<String>path("data.countries.pageInfo.endCursor");
        var last = run("countries", "first", 9, "after", second)
                .body("data.countries.edges.node.name", contains("United States", "Vietnam"))
                .body("data.countries.pageInfo.hasNextPage", equalTo(false))
                .extract().<String>path("data.countries.pageInfo.endCursor");
        run("countries", "first", 9, "after", last)
                .body("errors", nullValue())
                .body("data.countries.edges", hasSize(0))
                .body("data.countries.pageInfo.hasNextPage", equalTo(false))
                .body("data.countries.pageInfo.endCursor", nullValue());
    }

    @Test
    void anEdgeCursorStartsThePageAfterThatEdge() {
        String cursorOfBrunei = run("countries", "first", 2)
                .extract().<String>path("data.countries.edges[1].cursor");
        run("countries", "first", 1, "after", cursorOfBrunei)
                .body("data.countries.edges.node.name", contains("Cambodia"));
    }

    @Test
    void ordersByCode() {
        run("countries", "orderBy", "CODE_ASC", "first", 3)
                .body("data.countries.nodes.code", contains("AU", "BN", "CA"));
    }

    @Test
    void filtersByCodesAndName() {
        run("countries", "filter", Map.of("codes", List.of("kr", " JP ")))
                .body("data.countries.nodes.code", contains("JP", "KR"))
                .body("data.countries.totalCount", equalTo(2));
        run("countries", "filter", Map.of("nameContains", "UNITED"))
                .body("data.countries.nodes.code", contains("GB", "US"));
        run("countries", "filter", Map.of("nameContains", "%"))
                .body("data.countries.totalCount", equalTo(0));
        run("countries", "filter", Map.of("codes", List.of("KR"), "nameContains", "Japan"))
                .body("data.countries.totalCount", equalTo(0));
    }

    @Test
    void pageSizesOutsideTheLimitAreRefused() {
        run("countries", "first", 101)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("between 1 and 100"));
        run("countries", "first", 0)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("countries", "first", 100)
                .body("errors", nullValue());
    }

    @Test
    void badCursorsAreRefusedWithWhatToDo() {
        run("countries", "after", "garbage!")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("not a cursor"));
        String byName = run("countries", "first", 1).extract().path("data.countries.pageInfo.endCursor");
        run("countries", "orderBy", "CODE_ASC", "after", byName)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("ordered by NAME_ASC"));
    }

    @Test
    void lookupByIdAndByCodeWithRelations() {
        String kr = rows.country("KR");
        run("country", "id", kr)
                .body("errors", nullValue())
                .body("data.country.id", equalTo(kr))
                .body("data.country.name", equalTo("South Korea"))
                .body("data.country.officials.name", contains("Baek Seung-joo", "Kim Min-seok", "Shin Beom-chul"))
                .body("data.country.organizations.name", contains("Defense Ministry"))
                // newest first: none has a date, so the last imported comes first
                .body("data.country.mentionedIn.headline", contains(LATER, OPENING, SHIPPED));
        run("countryByCode", "code", "jp")
                .body("data.countryByCode.name", equalTo("Japan"))
                .body("data.countryByCode.id", notNullValue());
        run("countryByCode", "code", "ZZ")
                .body("errors", nullValue())
                .body("data.countryByCode", nullValue());
    }

    @Test
    void unknownAndMistypedIds() {
        run("country", "id", Ids.of("Country", 987_654_321L))
                .body("errors", nullValue())
                .body("data.country", nullValue());
        run("country", "id", rows.official("Baek Seung-joo"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("is the ID of an Official, not of a Country"));
        run("country", "id", "%%%")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
