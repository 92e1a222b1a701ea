package org.parley.forum;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
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
import org.parley.Ids;
import org.parley.Rows;

/** Forums of the shipped article: lookup, list filters and orders, participants and hosts both ways. */
@QuarkusTest
class ForumTest {

    private static final String SDD = "Seoul Defense Dialogue";

    @Inject
    DataSource dataSource;
    Rows rows;
    String forumId;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
        forumId = rows.id(Forum.TYPE, "forum", "name = ?", SDD);
    }

    @Test
    void forumHasTheFactsOfTheArticle() {
        run("forum", "id", forumId)
                .body("errors", nullValue())
                .body("data.forum.name", equalTo(SDD))
                .body("data.forum.durationDays", equalTo(3))
                .body("data.forum.endDateText", equalTo("Wednesday"))
                .body("data.forum.participatingCountryCount", equalTo(21))
                .body("data.forum.startDate", nullValue())
                .body("data.forum.endDate", nullValue())
                .body("data.forum.hostCountry.code", equalTo("KR"))
                .body("data.forum.hostOrganization.name", equalTo("Defense Ministry"))
                .body("data.forum.hostOrganization.country.code", equalTo("KR"))
                .body("data.forum.participants.country.code.findAll { it != null }",
                        containsInAnyOrder("KR", "JP", "US", "CA", "SG", "AU"))
                .body("data.forum.participants.organization.shortName.findAll { it != null }",
                        containsInAnyOrder("U.N.", "NATO", "EU"))
                .body("data.forum.participants.findAll { it.organization != null }.organization.name",
                        hasSize(3))
                .body("data.forum.meetings", hasSize(1))
                .body("data.forum.meetings[0].onSidelines", equalTo(true))
                .body("data.forum.meetings[0].dateText", equalTo("Wednesday"))
                .body("data.forum.reportedBy.headline",
                        contains("Seoul cautions Tokyo over collective self-defense move"));
    }

    @Test
    void unknownForumIsNullAndAnIdOfAnotherTypeIsBadInput() {
        run("forum", "id", Ids.of(Forum.TYPE, 999_999_999L))
                .body("errors", nullValue())
                .body("data.forum", nullValue());
        run("forum", "id", rows.country("KR"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("forum", "id", "not-an-id")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void forumsAreFilteredByHostParticipantDateAndName() {
        assertForums(Map.of("hostCountryIds", List.of(rows.country("KR"))), SDD);
        assertForums(Map.of("hostCountryIds", List.of(rows.country("JP"))));
        String ministry = rows.id("Organization", "organization",
                "name = 'Defense Ministry' AND country_id = (SELECT id FROM country WHERE code = 'KR')");
        assertForums(Map.of("hostOrganizationIds", List.of(ministry)), SDD);
        assertForums(Map.of("participantCountryIds", List.of(rows.country("SG"), rows.country("CN"))), SDD);
        assertForums(Map.of("participantCountryIds", List.of(rows.country("CN"))));
        assertForums(Map.of("nameContains", "defense dia"), SDD);
        assertForums(Map.of("nameContains", "Shangri-La"));
        // the seed knows no dates: any date range leaves the forum out
        assertForums(Map.of("startsFrom", "2000-01-01", "nameContains", "Seoul"));
        assertForums(Map.of("startsTo", "2100-01-01", "nameContains", "Seoul"));
        run("forums", "filter", Map.of("hostCountryIds", List.of(forumId)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void forumsCanBeReadInEveryOrder() {
        for (String order : List.of("START_DATE_DESC", "START_DATE_ASC", "NAME_ASC")) {
            run("forums", "orderBy", order, "filter", Map.of("nameContains", "Seoul"))
                    .body("errors", nullValue())
                    .body("data.forums.totalCount", equalTo(1))
                    .body("data.forums.edges.node.name", contains(SDD));
        }
    }

    @Test
    void pagingErrorsAreBadUserInput() {
        String cursor = run("forums", "first", 1, "orderBy", "NAME_ASC")
                .extract().path("data.forums.pageInfo.endCursor");
        run("forums", "first", 1, "orderBy", "START_DATE_DESC", "after", cursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("forums", "after", "bm90IGEgY3Vyc29y")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("forums", "first", 101)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("forums", "first", 1, "orderBy", "NAME_ASC", "after", cursor, "filter", Map.of("nameContains", "Seoul"))
                .body("errors", nullValue())
                .body("data.forums.edges", empty())
                .body("data.forums.pageInfo.hasNextPage", equalTo(false))
                .body("data.forums.pageInfo.hasPreviousPage", equalTo(true));
    }

    @Test
    void countriesAndOrganizationsLeadBackToTheirForums() {
        run("countryRelations", "id", rows.country("KR"))
                .body("errors", nullValue())
                .body("data.country.forumsHosted.name", contains(SDD))
                .body("data.country.forumsAttended.name", contains(SDD));
        run("countryRelations", "id", rows.country("CN"))
                .body("data.country.forumsHosted", empty())
                .body("data.country.forumsAttended", empty());
        run("organizationRelations", "id", rows.id("Organization", "organization", "short_name = 'NATO'"))
                .body("errors", nullValue())
                .body("data.organization.forumsHosted", empty())
                .body("data.organization.forumsAttended.name", contains(SDD));
        run("organizationRelations", "id", rows.id("Organization", "organization",
                "name = 'Defense Ministry' AND country_id = (SELECT id FROM country WHERE code = 'KR')"))
                .body("data.organization.forumsHosted.name", contains(SDD));
    }

    private void assertForums(Map<String, Object> filter, String... names) {
        run("forums", "filter", filter)
                .body("errors", nullValue())
                .body("data.forums.totalCount", equalTo(names.length))
                .body("data.forums.edges.node.name", names.length == 0 ? empty() : contains((Object[]) names));
    }
}
