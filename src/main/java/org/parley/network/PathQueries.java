package org.parley.network;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.country.Country;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Limits;
import org.parley.graphql.ListOrders;
import org.parley.official.Official;

/**
 * The shortest chain of meetings between two officials or countries, by a breadth-first walk in a recursive query.
 * Each level keeps one path per node reached (DISTINCT ON), so a level holds at most one row per node and the walk
 * stays bounded by maxHops times the nodes within reach, however many paths exist; it stops at the first level that
 * reaches the target. Without a chain it goes on to maxHops.
 */
@ApplicationScoped
public class PathQueries {

    public static final int MAX_HOPS = 6;
    public static final int DEFAULT_HOPS = 4;

    /**
     * The last level of the walk, each row marked with whether the level reached the target ({@code ?}): the walk
     * stops after the level that arrives, rather than going on to maxHops.
     */
    private static final String WALK = "(SELECT walk.*, bool_or(walk.node = ?) OVER () AS arrived FROM walk) w";
    /** From a node {@code w.node} of the walk to the nodes it met ({@code next}) at a meeting {@code bm}. */
    private static final String OFFICIAL_STEP = WALK + " JOIN meeting_participant p1 ON p1.official_id = w.node"
            + " JOIN meeting_participant p2 ON p2.meeting_id = p1.meeting_id AND p2.side_id <> p1.side_id"
            + " JOIN bilateral_meeting bm ON bm.id = p1.meeting_id";
    private static final String OFFICIAL_NEXT = "p2.official_id";
    private static final String COUNTRY_STEP = WALK + " JOIN meeting_side p1 ON p1.country_id = w.node"
            + " JOIN meeting_side p2 ON p2.meeting_id = p1.meeting_id AND p2.country_id <> p1.country_id"
            + " JOIN bilateral_meeting bm ON bm.id = p1.meeting_id";
    private static final String COUNTRY_NEXT = "p2.country_id";

    private final Db db;

    public PathQueries(Db db) {
        this.db = db;
    }

    public List<PathStep> path(String fromOfficial, String toOfficial, String fromCountry, String toCountry,
            Integer maxHops) {
        Walk walk = walk(fromOfficial, toOfficial, fromCountry, toCountry, maxHops);
        return db.list("SELECT * FROM (" + walk.sql() + ") s ORDER BY " + Walk.order("s"), walk.params(), PathStep::from);
    }

    /**
     * The steps of the shortest chain as a SELECT (columns {@code hop}, {@code meeting_id}, {@code from_official},
     * {@code to_official}, {@code from_country}, {@code to_country}) with its parameters; read in {@link Walk#order}.
     * No rows when both ends are the same.
     *
     * @throws BadUserInputException when the ends are not two officials or two countries, or maxHops is out of range
     */
    public static Walk walk(String fromOfficial, String toOfficial, String fromCountry, String toCountry,
            Integer maxHops) {
        int hops = Limits.bounded("maxHops", maxHops, DEFAULT_HOPS, MAX_HOPS);
        boolean officials = fromOfficial != null || toOfficial != null;
        boolean countries = fromCountry != null || toCountry != null;
        if (officials == countries || (officials && (fromOfficial == null || toOfficial == null))
                || (countries && (fromCountry == null || toCountry == null))) {
            throw new BadUserInputException("Give either fromOfficial and toOfficial, or fromCountry and toCountry.");
        }
        long from = officials ? GlobalId.decode(Official.TYPE, fromOfficial) : GlobalId.decode(Country.TYPE, fromCountry);
        long to = officials ? GlobalId.decode(Official.TYPE, toOfficial) : GlobalId.decode(Country.TYPE, toCountry);
        if (from == to) {
            return new Walk("SELECT 1 AS hop, 0 AS meeting_id, NULL::bigint AS from_official, NULL::bigint AS to_official,"
                    + " NULL::bigint AS from_country, NULL::bigint AS to_country WHERE false", List.of());
        }
        String step = officials ? OFFICIAL_STEP : COUNTRY_STEP;
        String next = officials ? OFFICIAL_NEXT : COUNTRY_NEXT;
        String sql = "WITH RECURSIVE walk(node, depth, nodes, meetings) AS ("
                + " SELECT CAST(? AS bigint), 0, ARRAY[CAST(? AS bigint)], CAST(ARRAY[] AS bigint[])"
                + " UNION ALL SELECT x.* FROM (SELECT DISTINCT ON (" + next + ") " + next
                + ", w.depth + 1, w.nodes || " + next + ", w.meetings || bm.id FROM " + step
                + " WHERE NOT w.arrived AND w.depth < ? AND NOT " + next + " = ANY(w.nodes)"
                + " ORDER BY " + next + ", w.nodes, " + ListOrders.latestMeetings("bm") + ") x"
                + "), best AS (SELECT nodes, meetings FROM walk WHERE node = ? ORDER BY depth, nodes LIMIT 1),"
                + " hops AS (SELECT s.hop, best.nodes[s.hop] AS from_id, best.nodes[s.hop + 1] AS to_id,"
                + " best.meetings[s.hop] AS meeting_id FROM best, generate_series(1, cardinality(best.meetings)) AS s(hop))"
                + (officials
                        ? " SELECT h.hop, h.meeting_id, h.from_id AS from_official, h.to_id AS to_official, "
                                + sideOf("h.from_id") + " AS from_country, " + sideOf("h.to_id") + " AS to_country"
                                + " FROM hops h"
                        : " SELECT h.hop, h.meeting_id, NULL::bigint AS from_official, NULL::bigint AS to_official,"
                                + " h.from_id AS from_country, h.to_id AS to_country FROM hops h");
        return new Walk(sql, List.of(from, from, to, hops, to));
    }

    /** A chain's steps as a SELECT and the values of its {@code ?}, in order. */
    public record Walk(String sql, List<Object> params) {

        /** The order of the steps, for a row {@code alias} of the SELECT. */
        public static String order(String alias) {
            return alias + ".hop";
        }
    }

    /** The country an official of a hop took part for: a lookup by (meeting_id, official_id) per hop. */
    private static String sideOf(String officialId) {
        return "(SELECT s.country_id FROM meeting_participant p JOIN meeting_side s ON s.id = p.side_id"
                + " WHERE p.meeting_id = h.meeting_id AND p.official_id = " + officialId + ")";
    }
}
