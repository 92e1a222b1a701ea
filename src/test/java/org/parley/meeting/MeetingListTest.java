package org.parley.meeting;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.GraphQLClient.run;
import static org.parley.GraphQLClient.runThroughResolvers;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Rows;
import org.parley.graphql.Db;

/** Lists of many meetings, created by the test: batching, orders, pages, filters and the per-parent limits. */
@QuarkusTest
class MeetingListTest {

    @Inject
    DataSource dataSource;
    @Inject
    Db db;
    MeetingFixture fixture;

    @BeforeEach
    void create() {
        fixture = new MeetingFixture(new Rows(dataSource));
        fixture.create(50);
    }

    @AfterEach
    void remove() {
        fixture.remove();
    }

    @Test
    void nestedListCostsTheSameStatementsFor2And50Meetings() {
        Map<String, Object> filter = Map.of("forumIds", List.of(fixture.forum()));
        long two = statementsFor(filter, 2, false);
        long fifty = statementsFor(filter, 50, false);
        long twoByResolvers = statementsFor(filter, 2, true);
        long fiftyByResolvers = statementsFor(filter, 50, true);
        System.out.printf("meetings with forum, sides, participants and topics: %d statements for 2, %d for 50;"
                + " through the resolvers %d and %d%n", two, fifty, twoByResolvers, fiftyByResolvers);
        // answered directly: the whole page with every relation is one statement
        assertEquals(1, two);
        assertEquals(1, fifty);
        // through the resolvers: page (with its forum joined in), forum.hostCountry, sides, sides.participants,
        // participants (with each official's country joined in), topics
        assertEquals(6, twoByResolvers);
        assertEquals(6, fiftyByResolvers);
    }

    private long statementsFor(Map<String, Object> filter, int first, boolean byResolvers) {
        long before = db.statementCount();
        Object[] variables = {"filter", filter, "first", first};
        (byResolvers ? runThroughResolvers("meetingsNested", variables) : run("meetingsNested", variables))
                .body("errors", nullValue())
                .body("data.meetings.edges", hasSize(first))
                .body("data.meetings.edges.node.forum.name", everyItem(equalTo(MeetingFixture.FORUM)))
                .body("data.meetings.edges.node.sides", everyItem(hasSize(2)))
                .body("data.meetings.edges.node.topics", everyItem(hasSize(1)));
        return db.statementCount() - before;
    }

    @Test
    void pagesWalkTheWholeListOnceInEachOrder() {
        for (String order : List.of("HELD_ON_DESC", "HELD_ON_ASC")) {
            List<String> ids = new ArrayList<>();
            List<String> dates = new ArrayList<>();
            String after = null;
            int pages = 0;
            boolean hasNext = true;
            while (hasNext) {
                JsonPath page = run("meetings", "filter", Map.of("forumIds", List.of(fixture.forum())),
                        "orderBy", order, "first", 20, "after", after)
                        .body("errors", nullValue())
                        .body("data.meetings.totalCount", equalTo(50))
                        .body("data.meetings.pageInfo.hasPreviousPage", equalTo(after != null))
                        .extract().jsonPath();
                ids.addAll(page.getList("data.meetings.edges.node.id"));
                dates.addAll(page.getList("data.meetings.edges.node.heldOn"));
                hasNext = page.getBoolean("data.meetings.pageInfo.hasNextPage");
                after = page.getString("data.meetings.pageInfo.endCursor");
                pages++;
            }
            assertEquals(3, pages, order);
            assertEquals(50, new HashSet<>(ids).size(), order);
            List<String> known = dates.stream().filter(d -> d != null).toList();
            List<String> sorted = new ArrayList<>(known);
            sorted.sort(order.equals("HELD_ON_DESC") ? java.util.Comparator.reverseOrder() : java.util.Comparator.naturalOrder());
            assertEquals(sorted, known, order);
            // unknown dates sort as the earliest: last when latest first, first when earliest first
            int firstUnknown = dates.indexOf(null);
            assertEquals(order.equals("HELD_ON_DESC") ? 45 : 0, firstUnknown, order);
            assertTrue(dates.subList(order.equals("HELD_ON_DESC") ? 45 : 0, order.equals("HELD_ON_DESC") ? 50 : 5)
                    .stream().allMatch(d -> d == null), order);
        }
    }

    @Test
    void lastPageEndsTheList() {
        String cursor = run("meetings", "filter", Map.of("forumIds", List.of(fixture.forum())), "first", 49)
                .extract().path("data.meetings.pageInfo.endCursor");
        run("meetings", "filter", Map.of("forumIds", List.of(fixture.forum())), "first", 49, "after", cursor)
                .body("data.meetings.edges", hasSize(1))
                .body("data.meetings.edges[0].node.heldOn", nullValue())
                .body("data.meetings.pageInfo.hasNextPage", equalTo(false));
        run("meetings", "orderBy", "HELD_ON_ASC", "after", cursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("meetings", "after", "!!")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("meetings", "first", 101)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("meetings", "first", 0)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void filtersNarrowTheCreatedMeetings() {
        String xa = fixture.country("XA");
        String xb = fixture.country("XB");
        String xc = fixture.country("XC");
        assertCount(Map.of("betweenCountries", List.of(xa, xb)), 25);
        assertCount(Map.of("betweenCountries", List.of(xc, xa)), 25);
        assertCount(Map.of("betweenCountries", List.of(xb, xc)), 0);
        assertCount(Map.of("countryIds", List.of(xb, xc)), 50);
        assertCount(Map.of("countryIds", List.of(xb)), 25);
        // official 1 of XB goes when g is even and g % 3 == 0: 0, 6, ..., 48
        assertCount(Map.of("officialIds", List.of(fixture.official("XB", 1))), 9);
        assertCount(Map.of("topicIds", List.of(fixture.topic(0))), 17);
        assertCount(Map.of("topicIds", List.of(fixture.topic(0), fixture.topic(1))), 34);
        // g from 31 to 49 without 40, then g from 1 to 4
        assertCount(Map.of("heldFrom", "2020-02-01", "forumIds", List.of(fixture.forum())), 18);
        assertCount(Map.of("heldTo", "2020-01-05", "forumIds", List.of(fixture.forum())), 4);
        assertCount(Map.of("heldFrom", "2020-01-03", "heldTo", "2020-01-05", "betweenCountries", List.of(xa, xb)), 2);
    }

    private void assertCount(Map<String, Object> filter, int count) {
        run("meetings", "filter", filter, "first", 100)
                .body("errors", nullValue())
                .body("data.meetings.totalCount", equalTo(count))
                .body("data.meetings.edges", hasSize(count));
    }

    @Test
    void perParentListsKeepTheLatestAndHonourTheirLimit() {
        String xa0 = fixture.official("XA", 0);
        JsonPath all = run("meetings", "filter", Map.of("officialIds", List.of(xa0)), "first", 50)
                .extract().jsonPath();
        List<String> latest = all.getList("data.meetings.edges.node.id");
        run("officialActivity", "id", xa0)
                .body("errors", nullValue())
                .body("data.official.meetings.id", equalTo(latest.subList(0, 20)));
        run("countryRelations", "id", fixture.country("XA"), "first", 3)
                .body("errors", nullValue())
                .body("data.country.meetings.id", contains(latest.subList(0, 3).toArray()));
        run("countryRelations", "id", fixture.country("XA"), "first", 101)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("countryRelations", "id", fixture.country("XA"), "first", 0)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
