package org.parley;

import static org.hamcrest.Matchers.nullValue;
import static org.parley.GraphQLClient.EDITOR;
import static org.parley.GraphQLClient.runAs;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.parley.persistence.TestDb;

/**
 * Writes of every kind that the aggregates of migration V4 must follow, on the {@link GraphFixture}'s rows: a
 * meeting moved to another date and out of its forum, a side changed to another country, a side removed and put
 * back, a meeting deleted, statements changed in kind, date and topics, an official moved to another country.
 * Each step is a transaction of its own; then an article is imported through the API, and the fixture removed. A
 * test checks its answers after each; what the import wrote is removed at the end.
 */
public abstract class AggregateWritesTest extends GraphFixtureTest {

    private static final String MEETING = "(SELECT id FROM bilateral_meeting WHERE summary = 'graph fixture meeting %d')";
    private static final String STATEMENT = "(SELECT id FROM statement WHERE text = 'Graph fixture statement %s')";

    @Inject
    TestDb db;

    /** Makes every write in turn and hands {@code check} what was just done, first before any. */
    protected void replay(Consumer<String> check) {
        Map<String, Long> existing = db.highestIds();
        try {
            replayFrom(check);
        } finally {
            db.deleteAddedSince(existing);
        }
    }

    private void replayFrom(Consumer<String> check) {
        check.accept("as loaded");
        fixture.create();
        check.accept("with the fixture");
        for (String[] step : steps()) {
            rows.execute(step);
            check.accept("after " + String.join("; ", step));
        }
        runAs(EDITOR, "importArticle", "document", MutationTest.testArticle()).body("errors", nullValue());
        check.accept("after an import");
        fixture.remove();
        check.accept("after the fixture's removal");
    }

    /** The steps, each a list of statements run in one transaction; the fixture must exist. */
    private List<String[]> steps() {
        String topic = "(SELECT min(id) FROM topic)";
        return List.of(
                new String[] {"UPDATE bilateral_meeting SET held_on = DATE '2020-12-31', forum_id = NULL WHERE id = "
                        + meeting(2)},
                new String[] {"UPDATE meeting_side SET country_id = (SELECT id FROM country WHERE code = 'XG')"
                        + " WHERE meeting_id = " + meeting(2) + " AND side_no = 2"},
                new String[] {"DELETE FROM meeting_side WHERE meeting_id = " + meeting(4) + " AND side_no = 2"},
                new String[] {"INSERT INTO meeting_side (meeting_id, side_no, country_id) SELECT " + meeting(4)
                        + ", 2, id FROM country WHERE code = 'XF'"},
                new String[] {"UPDATE bilateral_meeting SET held_on = DATE '2021-03-21' WHERE id = " + meeting(4)},
                new String[] {"UPDATE bilateral_meeting SET status = 'CANCELLED' WHERE id = " + meeting(1)},
                new String[] {"UPDATE bilateral_meeting SET status = 'PLANNED' WHERE id = " + meeting(1)},
                new String[] {"UPDATE bilateral_meeting SET status = 'HELD' WHERE id = " + meeting(1)},
                new String[] {"UPDATE bilateral_meeting SET status = 'UNKNOWN' WHERE id = " + meeting(3)},
                new String[] {"DELETE FROM statement WHERE meeting_id = " + meeting(1),
                        "DELETE FROM bilateral_meeting WHERE id = " + meeting(1)},
                new String[] {"UPDATE statement SET kind = 'QUOTE', said_on = DATE '2019-07-04' WHERE id = "
                        + statement("one")},
                new String[] {"INSERT INTO statement_topic (statement_id, topic_id) VALUES (" + statement("one") + ", "
                        + topic + "), (" + statement("two") + ", " + topic + ")"},
                new String[] {"DELETE FROM statement_topic WHERE statement_id = " + statement("two")},
                new String[] {"UPDATE official SET country_id = (SELECT id FROM country WHERE code = 'XG')"
                        + " WHERE name = 'Graph official XF 0'"},
                new String[] {"DELETE FROM statement WHERE id = " + statement("three")});
    }

    private static String meeting(int n) {
        return MEETING.formatted(n);
    }

    private static String statement(String n) {
        return STATEMENT.formatted(n);
    }
}
