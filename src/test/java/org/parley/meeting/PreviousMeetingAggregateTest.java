package org.parley.meeting;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.AggregateWritesTest;
import org.parley.graphql.GlobalId;
import org.parley.persistence.TestDb;

/**
 * Each meeting's previous meeting between the same two countries, kept in meeting_fact with the other aggregates
 * (migrations V5 and V20), is the one found from the meetings and their sides (the latest earlier one held), after
 * each kind of write: dates moved, a side given to another country, removed and put back, a meeting cancelled,
 * planned and held again, a meeting deleted, an import.
 */
@QuarkusTest
class PreviousMeetingAggregateTest extends AggregateWritesTest {

    /** Every meeting with its previous meeting and that meeting's date, found from the base tables. */
    private static final String FROM_THE_MEETINGS = """
            SELECT string_agg(m.id || ' ' || coalesce(p.id::text, '-') || ' ' || coalesce(p.held_on::text, '-'), ', '
                              ORDER BY m.id)
              FROM bilateral_meeting m
              LEFT JOIN LATERAL (
                  SELECT o.id, o.held_on FROM bilateral_meeting o
                   WHERE o.id <> m.id AND o.held_on < m.held_on AND o.status = 'HELD'
                     AND (SELECT count(*) FROM meeting_side s WHERE s.meeting_id = m.id) = 2
                     AND (SELECT count(*) FROM meeting_side s WHERE s.meeting_id = o.id) = 2
                     AND (SELECT array_agg(country_id ORDER BY country_id) FROM meeting_side s WHERE s.meeting_id = o.id)
                         = (SELECT array_agg(country_id ORDER BY country_id) FROM meeting_side s WHERE s.meeting_id = m.id)
                   ORDER BY o.held_on DESC, o.id DESC LIMIT 1) p ON true""";

    /** The same, as kept. */
    private static final String KEPT = """
            SELECT string_agg(f.meeting_id || ' ' || coalesce(f.previous_meeting_id::text, '-') || ' '
                              || coalesce(f.previous_held_on::text, '-'), ', ' ORDER BY f.meeting_id)
              FROM meeting_fact f""";

    @Inject
    TestDb tables;

    @Test
    void thePreviousMeetingKeptIsTheOneOfTheMeetingsAfterEveryWrite() {
        replay(when -> assertEquals(tables.text(FROM_THE_MEETINGS), tables.text(KEPT), when));
    }

    /**
     * Two writers add a meeting of the same two countries at once, each in a transaction that cannot see the other's
     * meeting until it commits: whichever commits last finds the previous meetings with the other's meeting in view.
     */
    @Test
    void twoWritersOfOnePairEachSeeTheOthersCommittedMeeting() throws SQLException {
        for (boolean earlierCommitsFirst : new boolean[] {true, false}) {
            fixture.create();
            try (Connection earlier = dataSource.getConnection(); Connection later = dataSource.getConnection()) {
                earlier.setAutoCommit(false);
                later.setAutoCommit(false);
                addMeeting(earlier, 5, "2021-02-01");
                addMeeting(later, 6, "2021-03-01");
                (earlierCommitsFirst ? earlier : later).commit();
                (earlierCommitsFirst ? later : earlier).commit();
            }
            // between XD and XE: 1 (10 January), 5, 6, 3 (20 March); 4 has no date
            String previous = "SELECT previous_meeting_id FROM meeting_fact WHERE meeting_id = %s";
            assertEquals(List.of(fixture.meeting(1), fixture.meeting(5), fixture.meeting(6)), List.of(
                    GlobalId.encode(BilateralMeeting.TYPE, tables.count(previous.formatted(id(5)))),
                    GlobalId.encode(BilateralMeeting.TYPE, tables.count(previous.formatted(id(6)))),
                    GlobalId.encode(BilateralMeeting.TYPE, tables.count(previous.formatted(id(3))))),
                    earlierCommitsFirst ? "the earlier meeting committed first" : "the later meeting committed first");
            assertEquals(tables.text(FROM_THE_MEETINGS), tables.text(KEPT));
            fixture.remove();
        }
    }

    private static String id(int meeting) {
        return "(SELECT id FROM bilateral_meeting WHERE summary = 'graph fixture meeting " + meeting + "')";
    }

    /** Adds 'graph fixture meeting n' between XD and XE, without committing. */
    private static void addMeeting(Connection connection, int n, String heldOn) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("INSERT INTO bilateral_meeting (held_on, summary) VALUES (DATE '" + heldOn
                    + "', 'graph fixture meeting " + n + "')");
            statement.execute("INSERT INTO meeting_side (meeting_id, side_no, country_id) SELECT " + id(n)
                    + ", c.side_no, c.id FROM (SELECT id, CASE code WHEN 'XD' THEN 1 ELSE 2 END AS side_no"
                    + " FROM country WHERE code IN ('XD', 'XE')) c");
        }
    }
}
