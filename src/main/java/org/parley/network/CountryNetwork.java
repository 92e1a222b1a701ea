package org.parley.network;

import java.util.ArrayList;
import java.util.List;
import org.parley.country.Country;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Where;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingQueries;

/**
 * The network of countries read from the aggregates that triggers keep (migration V4): meetings per pair of
 * countries and per country. Its cost follows the number of countries, not of meetings. It answers when the filter
 * selects meetings by their countries only, since a pair's meetings then either all count or none does.
 */
final class CountryNetwork {

    private static final String NODES = "SELECT country_id AS n, meetings, partners FROM meeting_country_count";
    /** The nodes of some pairs: each meeting has one pair, so a country's meetings are the sum over its pairs. */
    private static final String NODES_OF_PAIRS = "SELECT e.n, sum(pairs.meetings) AS meetings, count(*) AS partners"
            + " FROM pairs CROSS JOIN LATERAL (VALUES (pairs.a), (pairs.b)) AS e(n) GROUP BY e.n";
    /** A pair's latest meetings, through the index on (pair, date, id). */
    private static final String LATEST_MEETINGS = "ARRAY(SELECT f.meeting_id FROM meeting_fact f"
            + " WHERE f.country_a = pairs.a AND f.country_b = pairs.b"
            + " ORDER BY coalesce(f.held_on, '-infinity'::date) DESC, f.meeting_id DESC LIMIT "
            + NetworkEdge.MEETING_IDS + ")";

    /**
     * Without a filter, the pairs among the top countries, each found through the primary key (a < b): LIMIT 1 keeps
     * the planner from hashing every pair of the table (19,671 at the benchmark's scale 10) to keep 190 of them.
     */
    private static final String TOP_PAIRS = "top ta JOIN top tb ON ta.n < tb.n CROSS JOIN LATERAL (SELECT"
            + " p.country_a AS a, p.country_b AS b, p.meetings, p.first_held_on, p.last_held_on FROM meeting_pair_count p"
            + " WHERE p.country_a = ta.n AND p.country_b = tb.n LIMIT 1) pairs";

    private CountryNetwork() {
    }

    /** Whether the filter selects meetings only by their countries (or not at all). */
    static boolean covers(MeetingFilter filter) {
        return filter == null || (filter.officialIds == null && filter.organizationIds == null
                && filter.forumIds == null && filter.topicIds == null && filter.statuses == null
                && filter.heldFrom == null && filter.heldTo == null);
    }

    /**
     * The network of the {@code size} countries with the most meetings; the edges' latest meetings cost an index scan
     * per edge, so they are read only when asked for.
     */
    static NetworkGraph graph(MeetingFilter filter, int size, boolean withMeetings) {
        Where pairs = pairs(filter);
        List<Object> params = new ArrayList<>(pairs.params());
        params.add(size);
        String with = "WITH pairs AS (SELECT p.country_a AS a, p.country_b AS b, p.meetings, p.first_held_on,"
                + " p.last_held_on FROM meeting_pair_count p WHERE " + pairs.sql() + "),"
                + " top AS (SELECT n, meetings, partners, count(*) OVER () AS total, n AS country_id,"
                + " CAST(NULL AS bigint) AS official_id, " + GlobalId.sql(Country.TYPE, "n") + " AS node_id FROM (" + (pairs.isEmpty() ? NODES : NODES_OF_PAIRS) + ") nodes"
                + " ORDER BY meetings DESC, n LIMIT ?),"
                + " edges AS (SELECT pairs.a, pairs.b, pairs.meetings AS weight, pairs.first_held_on AS first_on,"
                + " pairs.last_held_on AS last_on, "
                + (withMeetings ? LATEST_MEETINGS : "CAST(ARRAY[] AS bigint[])") + " AS meeting_ids, "
                + GlobalId.sql(Country.TYPE, "pairs.a") + " AS source, " + GlobalId.sql(Country.TYPE, "pairs.b")
                + " AS target FROM "
                + (pairs.isEmpty() ? TOP_PAIRS : "pairs WHERE a IN (SELECT n FROM top) AND b IN (SELECT n FROM top)")
                + ") ";
        return new NetworkGraph(with, params, Country.TYPE);
    }

    /** The filter as a condition on a pair {@code p} of meeting_pair_count. */
    private static Where pairs(MeetingFilter filter) {
        Where where = new Where();
        if (filter != null) {
            long[] countries = GlobalId.decodeAll(Country.TYPE, filter.countryIds);
            where.and(filter.countryIds, "(p.country_a = ANY(?) OR p.country_b = ANY(?))", countries, countries);
            if (filter.betweenCountries != null) {
                long[] pair = MeetingQueries.pair(filter.betweenCountries);
                where.always("p.country_a = ? AND p.country_b = ?", Math.min(pair[0], pair[1]),
                        Math.max(pair[0], pair[1]));
            }
        }
        return where;
    }
}
