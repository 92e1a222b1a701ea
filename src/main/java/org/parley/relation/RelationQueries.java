package org.parley.relation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.parley.country.Country;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Pager;
import org.parley.graphql.Where;
import org.parley.meeting.BilateralMeeting;
import org.parley.statement.Statement;

/**
 * The timeline between two countries: their meetings and the statements each side addressed to the other, as one
 * keyset-paged list. An entry's key is 2 × meeting id or 2 × statement id + 1, so that entries of both kinds have
 * distinct, stable ids for the cursor.
 */
@ApplicationScoped
public class RelationQueries {

    private final Pager pager;

    public RelationQueries(Pager pager) {
        this.pager = pager;
    }

    public TimelineConnection between(String countryA, String countryB, TimelineOrder order, Integer first,
            String after, Integer last, String before) {
        long[] pair = pair(countryA, countryB);
        String entries = entries(pair[0], pair[1])
                + " LEFT JOIN bilateral_meeting tm ON tm.id = t.meeting_id LEFT JOIN statement ts ON ts.id = t.statement_id";
        return new TimelineConnection(pager.page("t.kind, t.day, t.date_text, t.forum_id, "
                + BilateralMeeting.columns("tm") + ", " + Statement.columns("ts"), entries, new Where(),
                order == null ? TimelineOrder.NEWEST_FIRST : order, pager.slice(first, after, last, before), TimelineEntry::from));
    }

    /** The database ids of the two countries, which must be two. */
    public static long[] pair(String countryA, String countryB) {
        long a = GlobalId.decode(Country.TYPE, countryA);
        long b = GlobalId.decode(Country.TYPE, countryB);
        if (a == b) {
            throw new BadUserInputException("countryA and countryB must be two different countries.");
        }
        return new long[] {a, b};
    }

    /**
     * The timeline's entries as the derived table {@code t(id, kind, day, date_text, meeting_id, statement_id,
     * forum_id)}. The two ids are numbers decoded from the IDs, written into the derived table so that each of its
     * branches is planned with them (the page's parameters belong to its WHERE clause).
     */
    public static String entries(long a, long b) {
        return "(SELECT 2 * m.id AS id, 'MEETING' AS kind, m.held_on AS day, m.date_text, m.id AS meeting_id,"
                + " NULL::bigint AS statement_id, m.forum_id FROM bilateral_meeting m"
                + " WHERE EXISTS (SELECT 1 FROM meeting_side s WHERE s.meeting_id = m.id AND s.country_id = " + a + ")"
                + " AND EXISTS (SELECT 1 FROM meeting_side s WHERE s.meeting_id = m.id AND s.country_id = " + b + ")"
                + " UNION ALL SELECT 2 * st.id + 1, 'STATEMENT', st.said_on, st.date_text, st.meeting_id, st.id,"
                + " sm.forum_id FROM statement st JOIN official sp ON sp.id = st.speaker_id"
                + " LEFT JOIN bilateral_meeting sm ON sm.id = st.meeting_id"
                + " WHERE (st.addressee_country_id = " + b + " AND sp.country_id = " + a + ")"
                + " OR (st.addressee_country_id = " + a + " AND sp.country_id = " + b + ")) t";
    }

    /**
     * For each entry, what {@code ofMeetings} reads for a meeting entry or {@code ofStatements} for a statement entry:
     * one batched statement per kind present.
     */
    public static <C> List<List<C>> byKind(List<TimelineEntry> entries,
            Function<List<BilateralMeeting>, List<List<C>>> ofMeetings,
            Function<List<Statement>, List<List<C>>> ofStatements) {
        List<BilateralMeeting> meetings = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (TimelineEntry e : entries) {
            if (e.kind == TimelineEntryKind.MEETING) {
                meetings.add(e.meeting);
            } else {
                statements.add(e.statement);
            }
        }
        List<List<C>> forMeetings = meetings.isEmpty() ? List.of() : ofMeetings.apply(meetings);
        List<List<C>> forStatements = statements.isEmpty() ? List.of() : ofStatements.apply(statements);
        List<List<C>> result = new ArrayList<>(entries.size());
        int m = 0;
        int s = 0;
        for (TimelineEntry e : entries) {
            result.add(e.kind == TimelineEntryKind.MEETING ? forMeetings.get(m++) : forStatements.get(s++));
        }
        return result;
    }
}
