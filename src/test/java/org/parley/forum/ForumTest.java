package org.parley.forum;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
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
 * Forums of the shipped articles: the Seoul Defense Dialogue's second edition (reported by the first two) and a later
 * one, its eleventh (the third): lookup, list filters and orders, participants and hosts both ways.
 */
@QuarkusTest
class ForumTest {

    private static final String SDD = "Seoul Defense Dialogue";

    @Inject
    DataSource dataSource;
    Rows rows;
    /** The second edition, of the first two articles. */
    String forumId;
    /** The eleventh edition, of the third article. */
    String laterId;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
        forumId = rows.id(Forum.TYPE, "forum", "name = ? AND edition = 2", SDD);
        laterId = rows.id(Forum.TYPE, "forum", "name = ? AND edition = 11", SDD);
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
                        containsInAnyOrder("KR", "JP", "SG", "PH", "ID", "VN", "BN", "TH", "MN", "CN", "US", "RU", "IN",
                                "GB", "CA", "AU", "NZ", "MY", "KH", "MM"))
                .body("data.forum.participants.organization.shortName.findAll { it != null }",
                        containsInAnyOrder("U.N.", "NATO", "EU"))
                .body("data.forum.participants.findAll { it.organization != null }.organization.name",
                        hasSize(3))
                // latest first: none has a date, so the last recorded first
                .body("data.forum.meetings.id", contains(meetingWithOrganization("EU"),
                        meetingWithOrganization("U.N."), meetingWithCountry("US"), meetingWithCountry("ID"),
                        meetingWithCountry("PH"), meetingWithCountry("JP")))
                .body("data.forum.meetings.dateText", contains("Monday", "Monday", "Monday", "Monday", "Monday",
                        "Wednesday"))
                .body("data.forum.meetings.onSidelines", contains(false, false, false, false, false, true))
                .body("data.forum.reportedBy.headline", contains(OPENING, SHIPPED));
        run("forum", "id", laterId)
                .body("errors", nullValue())
                .body("data.forum.name", equalTo(SDD))
                .body("data.forum.durationDays", equalTo(3))
                .body("data.forum.endDateText", nullValue())
                .body("data.forum.participatingCountryCount", nullValue())
                .body("data.forum.hostCountry", nullValue())
                .body("data.forum.hostOrganization", nullValue())
                .body("data.forum.participants.country.code", contains("JP", "KR"))
                .body("data.forum.meetings", hasSize(1))
                .body("data.forum.meetings[0].onSidelines", equalTo(true))
                .body("data.forum.meetings[0].dateText", equalTo("Wednesday"))
                .body("data.forum.reportedBy.headline", contains(LATER));
    }

    @Test
    void editionsCarryTheirWordsAndTheRanksOfTheDelegations() {
        String participants = "data.forum.participants";
        run("forum-edition", "id", forumId)
                .body("errors", nullValue())
                .body("data.forum.edition", equalTo(2))
                .body("data.forum.editionDerived", equalTo(false))
                .body("data.forum.editionText",
                        equalTo("its second edition; the forum was first held in Seoul the year before"))
                .body("data.forum.startDateText", equalTo("Monday"))
                .body("data.forum.endDateText", equalTo("Wednesday"))
                .body("data.forum.attendanceText", equalTo("about 180 senior officials and experts from 21 countries"
                        + " and three international organisations"))
                .body(participants, hasSize(23))
                .body(participants + ".findAll { it.delegationLevel == 'VICE_MINISTER' }.country.code"
                        + ".findAll { it != null }", containsInAnyOrder("KR", "JP", "SG", "PH", "ID", "VN", "BN", "TH",
                                "MN"))
                .body(participants + ".findAll { it.delegationLevel == 'VICE_MINISTER' }.organization.shortName"
                        + ".findAll { it != null }", containsInAnyOrder("U.N.", "EU"))
                .body(participants + ".findAll { it.delegationLevel == 'BELOW_VICE_MINISTER' }.country.code"
                        + ".findAll { it != null }", containsInAnyOrder("CN", "US", "RU", "IN", "GB", "CA", "AU", "NZ",
                                "MY", "KH", "MM"))
                .body(participants + ".findAll { it.delegationLevel == 'BELOW_VICE_MINISTER' }.organization.shortName"
                        + ".findAll { it != null }", contains("NATO"))
                .body(participants + ".find { it.country?.code == 'GB' }.country.name", equalTo("United Kingdom"))
                .body(participants + ".find { it.country?.code == 'BN' }.country.name", equalTo("Brunei"))
                .body(participants + ".find { it.country?.code == 'KH' }.country.name", equalTo("Cambodia"));
        run("forum-edition", "id", laterId)
                .body("errors", nullValue())
                .body("data.forum.edition", equalTo(11))
                .body("data.forum.editionDerived", equalTo(true))
                .body("data.forum.editionText", equalTo("nine years after the second edition, the forum being held"
                        + " yearly"))
                .body("data.forum.startDateText", equalTo("Tuesday"))
                .body("data.forum.attendanceText", nullValue())
                .body(participants + ".country.code", contains("JP", "KR"))
                .body(participants + ".delegationLevel", contains(nullValue(), nullValue()));
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
        // the later edition names no host
        assertForums(Map.of("hostCountryIds", List.of(rows.country("KR"))), forumId);
        assertForums(Map.of("hostCountryIds", List.of(rows.country("JP"))));
        String ministry = rows.id("Organization", "organization",
                "name = 'Defense Ministry' AND country_id = (SELECT id FROM country WHERE code = 'KR')");
        assertForums(Map.of("hostOrganizationIds", List.of(ministry)), forumId);
        assertForums(Map.of("participantCountryIds", List.of(rows.country("SG"), rows.country("CN"))), forumId);
        // China took part in the second edition only, South Korea in both (latest first: none has a start date, so
        // the last recorded first)
        assertForums(Map.of("participantCountryIds", List.of(rows.country("CN"))), forumId);
        assertForums(Map.of("participantCountryIds", List.of(rows.country("KR"))), laterId, forumId);
        assertForums(Map.of("nameContains", "defense dia"), laterId, forumId);
        assertForums(Map.of("nameContains", "Shangri-La"));
        // the seed knows no dates: any date range leaves the forum out
        assertForums(Map.of("startsFrom", "2000-01-01", "nameContains", "Seoul"));
        assertForums(Map.of("startsTo", "2100-01-01", "nameContains", "Seoul"));
        run("forums", "filter", Map.of("hostCountryIds", List.of(forumId)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void forumsCanBeReadInEveryOrder() {
        // neither edition has a start date, and both have the one name: the id breaks the ties
        Map<String, List<String>> orders = Map.of("START_DATE_DESC", List.of(laterId, forumId),
                "START_DATE_ASC", List.of(forumId, laterId), "NAME_ASC", List.of(forumId, laterId),
                "EDITION_ASC", List.of(forumId, laterId));
        orders.forEach((order, ids) -> run("forums", "orderBy", order, "filter", Map.of("nameContains", "Seoul"))
                .body("errors", nullValue())
                .body("data.forums.totalCount", equalTo(2))
                .body("data.forums.edges.node.name", contains(SDD, SDD))
                .body("data.forums.edges.node.id", equalTo(ids)));
    }

    @Test
    void editionsComeInOrderAPageAtATime() {
        run("forum-editions", "orderBy", "EDITION_ASC")
                .body("errors", nullValue())
                .body("data.forums.totalCount", equalTo(2))
                .body("data.forums.edges.node.edition", contains(2, 11))
                .body("data.forums.edges.node.id", contains(forumId, laterId));
        String cursor = run("forum-editions", "orderBy", "EDITION_ASC", "first", 1)
                .body("errors", nullValue())
                .body("data.forums.totalCount", equalTo(2))
                .body("data.forums.edges.node.edition", contains(2))
                .body("data.forums.pageInfo.hasNextPage", equalTo(true))
                .body("data.forums.pageInfo.hasPreviousPage", equalTo(false))
                .extract().path("data.forums.pageInfo.endCursor");
        String last = run("forum-editions", "orderBy", "EDITION_ASC", "first", 1, "after", cursor)
                .body("errors", nullValue())
                .body("data.forums.totalCount", equalTo(2))
                .body("data.forums.edges.node.edition", contains(11))
                .body("data.forums.edges.node.id", contains(laterId))
                .body("data.forums.pageInfo.hasNextPage", equalTo(false))
                .body("data.forums.pageInfo.hasPreviousPage", equalTo(true))
                .extract().path("data.forums.pageInfo.endCursor");
        run("forum-editions", "orderBy", "EDITION_ASC", "first", 1, "after", last)
                .body("errors", nullValue())
                .body("data.forums.edges", empty())
                .body("data.forums.pageInfo.hasNextPage", equalTo(false))
                .body("data.forums.pageInfo.hasPreviousPage", equalTo(true));
        run("forum-editions", "orderBy", "NAME_ASC", "first", 1, "after", cursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void pagingErrorsAreBadUserInput() {
        String cursor = run("forums", "first", 1, "orderBy", "NAME_ASC")
                .body("data.forums.edges.node.id", contains(forumId))
                .extract().path("data.forums.pageInfo.endCursor");
        run("forums", "first", 1, "orderBy", "START_DATE_DESC", "after", cursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("forums", "after", "bm90IGEgY3Vyc29y")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("forums", "first", 101)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        String last = run("forums", "first", 1, "orderBy", "NAME_ASC", "after", cursor, "filter",
                Map.of("nameContains", "Seoul"))
                .body("errors", nullValue())
                .body("data.forums.edges.node.id", contains(laterId))
                .body("data.forums.pageInfo.hasNextPage", equalTo(false))
                .body("data.forums.pageInfo.hasPreviousPage", equalTo(true))
                .extract().path("data.forums.pageInfo.endCursor");
        run("forums", "first", 1, "orderBy", "NAME_ASC", "after", last, "filter", Map.of("nameContains", "Seoul"))
                .body("errors", nullValue())
                .body("data.forums.edges", empty())
                .body("data.forums.pageInfo.hasNextPage", equalTo(false))
                .body("data.forums.pageInfo.hasPreviousPage", equalTo(true));
    }

    @Test
    void countriesAndOrganizationsLeadBackToTheirForums() {
        String nato = rows.id("Organization", "organization", "short_name = 'NATO'");
        String ministry = rows.id("Organization", "organization",
                "name = 'Defense Ministry' AND country_id = (SELECT id FROM country WHERE code = 'KR')");
        run("countryRelations", "id", rows.country("KR"))
                .body("errors", nullValue())
                .body("data.country.forumsHosted.name", contains(SDD))
                .body("data.country.forumsAttended.name", contains(SDD, SDD));
        // China, only mentioned by the first article, took part in the second edition as the second one reports
        run("countryRelations", "id", rows.country("CN"))
                .body("data.country.forumsHosted", empty())
                .body("data.country.forumsAttended.name", contains(SDD));
        run("organizationRelations", "id", nato)
                .body("errors", nullValue())
                .body("data.organization.forumsHosted", empty())
                .body("data.organization.forumsAttended.name", contains(SDD));
        run("organizationRelations", "id", ministry)
                .body("data.organization.forumsHosted.name", contains(SDD));
        // which editions: latest first, none has a start date, so the last recorded first
        run("forum-attendance", "countryId", rows.country("KR"), "organizationId", nato)
                .body("errors", nullValue())
                .body("data.country.forumsHosted.id", contains(forumId))
                .body("data.country.forumsAttended.id", contains(laterId, forumId))
                .body("data.country.forumsAttended.edition", contains(11, 2))
                .body("data.organization.forumsHosted", empty())
                .body("data.organization.forumsAttended.edition", contains(2));
        run("forum-attendance", "countryId", rows.country("CN"), "organizationId", ministry)
                .body("errors", nullValue())
                .body("data.country.forumsHosted", empty())
                .body("data.country.forumsAttended.id", contains(forumId))
                .body("data.organization.forumsHosted.id", contains(forumId))
                .body("data.organization.forumsAttended", empty());
    }

    /** The API ID of the second edition's meeting of South Korea with the country of the code. */
    private String meetingWithCountry(String code) {
        return meetingWith("country_id = (SELECT id FROM country WHERE code = ?)", code);
    }

    /** The API ID of the second edition's meeting of South Korea with the organisation of the short name. */
    private String meetingWithOrganization(String shortName) {
        return meetingWith("organization_id = (SELECT id FROM organization WHERE short_name = ?)", shortName);
    }

    private String meetingWith(String side, String key) {
        return rows.id("Meeting", "bilateral_meeting",
                "forum_id = (SELECT id FROM forum WHERE name = ? AND edition = 2) AND id IN"
                + " (SELECT meeting_id FROM meeting_side WHERE " + side + ")", SDD, key);
    }

    /** The forums of the filter are those of the IDs, in the list's default order (latest start first). */
    private void assertForums(Map<String, Object> filter, String... ids) {
        run("forums", "filter", filter)
                .body("errors", nullValue())
                .body("data.forums.totalCount", equalTo(ids.length))
                .body("data.forums.edges.node.id", ids.length == 0 ? empty() : contains((Object[]) ids))
                .body("data.forums.edges.node.name", everyItem(equalTo(SDD)));
    }
}
