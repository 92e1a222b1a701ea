package org.parley.stats;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.parley.GraphQLClient.run;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.AggregateWritesTest;
import org.parley.meeting.MeetingFilter;
import org.parley.statement.StatementFilter;

/**
 * Counts without a filter come from the aggregates (migration V4): the same groups as counted from the rows, after
 * each kind of write and after an import; counted as soon as a write commits, never when it rolls back.
 */
@QuarkusTest
class CountAggregateTest extends AggregateWritesTest {

    @Inject
    CountQueries counts;
    @Test
    void theAggregatesGiveTheCountsOfTheRowsAfterEveryWrite() {
        replay(this::assertSameCounts);
    }

    @Test
    void aCommittedWriteCountsAtOnceAndARolledBackOneNever() {
        fixture.create();
        int quotes = quotes();
        rows.execute("UPDATE statement SET kind = 'QUOTE' WHERE text = 'Graph fixture statement one'");
        assertEquals(quotes + 1, quotes());
        assertThrows(IllegalStateException.class, () -> rows.execute(
                "UPDATE statement SET kind = 'QUOTE' WHERE text = 'Graph fixture statement three'", "SELECT 1 / 0"));
        assertEquals(quotes + 1, quotes());
        assertEquals(List.of(0L), rows.ids("SELECT count(*) FROM aggregate_delta"));
    }

    /** The number of quotes, as a client of the API reads it. */
    private static int quotes() {
        List<Map<String, Object>> groups = run("statementCounts", "by", "KIND").body("errors", nullValue())
                .extract().path("data.statementCounts");
        return groups.stream().filter(g -> "QUOTE".equals(g.get("label"))).mapToInt(g -> (Integer) g.get("count"))
                .sum();
    }

    private void assertSameCounts(String when) {
        for (MeetingFilter filter : new MeetingFilter[] {null, new MeetingFilter()}) {
            for (MeetingGrouping by : MeetingGrouping.values()) {
                assertEquals(describe(counts.meetingsFromBaseTables(by, filter, 100)),
                        describe(counts.meetings(by, filter, 100)), when + ": meetings by " + by);
            }
        }
        for (StatementFilter filter : new StatementFilter[] {null, new StatementFilter()}) {
            for (StatementGrouping by : StatementGrouping.values()) {
                assertEquals(describe(counts.statementsFromBaseTables(by, filter, 100)),
                        describe(counts.statements(by, filter, 100)), when + ": statements by " + by);
            }
        }
    }

    private static String describe(List<CountBucket> buckets) {
        return String.join("\n", buckets.stream().map(b -> b.label + " " + b.count + " " + b.periodStart + " " + b.kind
                + " " + b.target + " " + b.id1 + " " + b.id2).toList());
    }
}
