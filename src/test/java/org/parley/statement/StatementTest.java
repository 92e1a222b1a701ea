package org.parley.statement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.parley.GraphQLClient.run;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.Ids;
import org.parley.Rows;

/**
 * The six statements of the shipped article (the two later reports record none): lookup, every filter and order,
 * pages, and relations both ways.
 */
@QuarkusTest
class StatementTest {

    private static final String BAEK = "Baek Seung-joo";
    private static final String KIM = "Kim Min-seok";

    @Inject
    DataSource dataSource;
    Rows rows;
    /** The six statements' IDs in the order they were recorded. */
    List<String> all;

    @BeforeEach
    void lookUp() {
        rows = new Rows(dataSource);
        all = rows.ids("SELECT id FROM statement ORDER BY id").stream().map(id -> Ids.of(Statement.TYPE, id)).toList();
    }

    @Test
    void relayedQuoteHasSpeakerRelayAddresseeMeetingAndSource() {
        String quote = Ids.of(Statement.TYPE, rows.ids("SELECT id FROM statement WHERE kind = 'QUOTE' ORDER BY id").get(0));
        run("statement", "id", quote)
                .body("errors", nullValue())
                .body("data.statement.kind", equalTo("QUOTE"))
                .body("data.statement.text", not(empty()))
                .body("data.statement.saidOn", nullValue())
                .body("data.statement.speaker.name", equalTo(BAEK))
                .body("data.statement.speakerPosition.title", equalTo("Vice Defense Minister"))
                .body("data.statement.relayedBy.name", equalTo(KIM))
                .body("data.statement.relayedByPosition.title", equalTo("Spokesperson"))
                .body("data.statement.addresseeCountry.code", equalTo("JP"))
                .body("data.statement.addresseeOrganization", nullValue())
                .body("data.statement.meeting.dateText", equalTo("Wednesday"))
                .body("data.statement.articles.headline",
                        contains("Seoul cautions Tokyo over collective self-defense move"));
    }

    @Test
    void earlierStatementsWereMadeAwayFromTheMeeting() {
        List<Long> away = rows.ids("SELECT id FROM statement WHERE meeting_id IS NULL ORDER BY id");
        assertEquals(2, away.size());
        for (long id : away) {
            run("statement", "id", Ids.of(Statement.TYPE, id))
                    .body("data.statement.dateText", equalTo("recently"))
                    .body("data.statement.meeting", nullValue())
                    .body("data.statement.relayedBy", nullValue())
                    .body("data.statement.speaker.name", equalTo(BAEK));
        }
    }

    @Test
    void unknownStatementIsNullAndAnIdOfAnotherTypeIsBadInput() {
        run("statement", "id", Ids.of(Statement.TYPE, 999_999_999L))
                .body("errors", nullValue())
                .body("data.statement", nullValue());
        run("statement", "id", rows.official(BAEK))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("statements", "filter", Map.of("speakerIds", List.of(rows.country("KR"))))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void everyFilterNarrowsTheList() {
        String kr = rows.country("KR");
        String jp = rows.country("JP");
        // the article's talks: at the second edition, on the Wednesday (Baek's other talks there were on the Monday)
        String meeting = rows.id("Meeting", "bilateral_meeting", "forum_id = (SELECT id FROM forum"
                + " WHERE name = 'Seoul Defense Dialogue' AND edition = 2) AND date_text = 'Wednesday'");
        String article = rows.id("Article", "article", "headline = 'Seoul cautions Tokyo over collective self-defense move'");
        assertCount(Map.of("speakerIds", List.of(rows.official(BAEK))), 6);
        assertCount(Map.of("speakerIds", List.of(rows.official(KIM))), 0);
        assertCount(Map.of("speakerCountryIds", List.of(kr)), 6);
        assertCount(Map.of("speakerCountryIds", List.of(jp)), 0);
        assertCount(Map.of("addresseeCountryIds", List.of(jp)), 6);
        assertCount(Map.of("addresseeCountryIds", List.of(kr)), 0);
        assertCount(Map.of("addresseeOrganizationIds", List.of(rows.id("Organization", "organization",
                "short_name = 'NATO'"))), 0);
        assertCount(Map.of("kinds", List.of("QUOTE")), 2);
        assertCount(Map.of("kinds", List.of("PARAPHRASE")), 4);
        assertCount(Map.of("kinds", List.of("QUOTE", "PARAPHRASE")), 6);
        assertCount(Map.of("articleIds", List.of(article)), 6);
        assertCount(Map.of("meetingIds", List.of(meeting)), 4);
        assertCount(Map.of("meetingIds", List.of(meeting), "kinds", List.of("QUOTE")), 2);
        int tagged = rows.ids("SELECT count(DISTINCT statement_id) FROM statement_topic").get(0).intValue();
        List<String> topics = rows.ids("SELECT id FROM topic").stream().map(id -> Ids.of("Topic", id)).toList();
        assertCount(Map.of("topicIds", topics), tagged);
        assertCount(Map.of("topicIds", List.of(rows.id("Topic", "topic", "name = 'collective self-defense'"))),
                rows.ids("SELECT count(*) FROM statement_topic x JOIN topic t ON t.id = x.topic_id"
                        + " WHERE t.name = 'collective self-defense'").get(0).intValue());
        // no statement of the article has a known date
        assertCount(Map.of("saidFrom", "2000-01-01"), 0);
        assertCount(Map.of("saidTo", "2100-01-01"), 0);
    }

    private void assertCount(Map<String, Object> filter, int count) {
        run("statements", "filter", filter)
                .body("errors", nullValue())
                .body("data.statements.totalCount", equalTo(count))
                .body("data.statements.edges", hasSize(count));
    }

    @Test
    void undatedStatementsFollowTheirRecordingOrderBothWays() {
        run("statements").body("data.statements.edges.node.id", equalTo(reversed(all)));
        run("statements", "orderBy", "SAID_ON_DESC").body("data.statements.edges.node.id", equalTo(reversed(all)));
        run("statements", "orderBy", "SAID_ON_ASC").body("data.statements.edges.node.id", equalTo(all));
    }

    @Test
    void pagesFollowEachOtherAndEnd() {
        JsonPath first = run("statements", "first", 4).extract().jsonPath();
        assertEquals(reversed(all).subList(0, 4), first.getList("data.statements.edges.node.id"));
        assertEquals(true, first.getBoolean("data.statements.pageInfo.hasNextPage"));
        assertEquals(false, first.getBoolean("data.statements.pageInfo.hasPreviousPage"));
        String cursor = first.getString("data.statements.pageInfo.endCursor");
        run("statements", "first", 4, "after", cursor)
                .body("data.statements.edges.node.id", equalTo(reversed(all).subList(4, 6)))
                .body("data.statements.pageInfo.hasNextPage", equalTo(false))
                .body("data.statements.pageInfo.hasPreviousPage", equalTo(true))
                .body("data.statements.totalCount", equalTo(6));
        run("statements", "orderBy", "SAID_ON_ASC", "after", cursor)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("statements", "after", "U0FJRF9PTl9ERVNDCm5vdC1hLWRhdGUKMQ")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("statements", "first", 101)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void officialsAndCountriesLeadBackToTheirStatements() {
        run("officialActivity", "id", rows.official(BAEK))
                .body("errors", nullValue())
                .body("data.official.statements.id", equalTo(reversed(all)))
                .body("data.official.relayedStatements", empty());
        run("officialActivity", "id", rows.official(BAEK), "first", 2, "orderBy", "SAID_ON_ASC")
                .body("data.official.statements.id", equalTo(all.subList(0, 2)));
        run("officialActivity", "id", rows.official(BAEK), "first", 101)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        run("officialActivity", "id", rows.official(KIM))
                .body("data.official.statements", empty())
                .body("data.official.relayedStatements", hasSize(2))
                .body("data.official.relayedStatements.kind", everyItem(equalTo("QUOTE")))
                .body("data.official.relayedStatements.speaker.name", everyItem(equalTo(BAEK)));
        run("countryRelations", "id", rows.country("JP"), "first", 5)
                .body("data.country.statementsAddressed.id", equalTo(reversed(all).subList(0, 5)));
        run("countryRelations", "id", rows.country("KR"))
                .body("data.country.statementsAddressed", empty());
        run("organizationRelations", "id", rows.id("Organization", "organization", "short_name = 'NATO'"))
                .body("data.organization.statementsAddressed", empty());
    }

    private static List<String> reversed(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        Collections.reverse(copy);
        return copy;
    }
}
