package org.parley.network;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.parley.country.Country;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Limits;
import org.parley.graphql.ListOrders;
import org.parley.graphql.Where;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingQueries;
import org.parley.official.Official;

/**
 * The who-met-whom graph of the meetings a filter selects, aggregated in PostgreSQL: pairs of sides (or of officials
 * on opposite sides), edges per pair, and the nodes with the most meetings up to the bound.
 */
@ApplicationScoped
public class NetworkQueries {

    public static final int MAX_NODES = 200;
    public static final int DEFAULT_NODES = 50;

    /**
     * The pair of countries of each meeting that is one (meeting_fact keeps it: two sides, both countries), the
     * lower id first, read through meeting_fact's key: a join let the planner hash a whole table even for the few
     * meetings of one forum.
     */
    private static final String COUNTRY_PAIRS = "SELECT m.id, m.held_on, s.country_a AS a, s.country_b AS b FROM m"
            + " CROSS JOIN LATERAL (SELECT f.country_a, f.country_b FROM meeting_fact f WHERE f.meeting_id = m.id"
            + " AND f.country_a IS NOT NULL) s";
    private static final String OFFICIAL_PAIRS = "SELECT m.id, m.held_on, p1.official_id AS a, p2.official_id AS b"
            + " FROM m JOIN meeting_participant p1 ON p1.meeting_id = m.id"
            + " JOIN meeting_participant p2 ON p2.meeting_id = m.id AND p2.side_id <> p1.side_id"
            + " AND p2.official_id > p1.official_id";

    private final Db db;

    public NetworkQueries(Db db) {
        this.db = db;
    }

    /**
     * The network. Countries under no filter or a filter by countries only come from the aggregates; any other
     * question is computed from the meetings it selects. Officials always are: pairs of officials who met number
     * about as many as their meetings, so an aggregate of them would be no smaller than what it summarises.
     *
     * @param withMeetings whether the edges' latest meetings are wanted (the aggregate reads them only then)
     */
    public Network network(MeetingFilter filter, NetworkLevel level, Integer maxNodes, boolean withMeetings) {
        return read(graph(filter, level, maxNodes, withMeetings));
    }

    /** {@link #network} computed from the meetings themselves, even where the aggregates could answer. */
    Network networkFromBaseTables(MeetingFilter filter, NetworkLevel level, Integer maxNodes) {
        int size = Limits.bounded("maxNodes", maxNodes, DEFAULT_NODES, MAX_NODES);
        return read(fromBaseTables(MeetingQueries.where(filter), level == null ? NetworkLevel.COUNTRY : level, size));
    }

    /** The SQL of {@link #network}: from the aggregates where they can answer, else from the meetings. */
    public static NetworkGraph graph(MeetingFilter filter, NetworkLevel level, Integer maxNodes, boolean withMeetings) {
        int size = Limits.bounded("maxNodes", maxNodes, DEFAULT_NODES, MAX_NODES);
        NetworkLevel at = level == null ? NetworkLevel.COUNTRY : level;
        if (at == NetworkLevel.COUNTRY && CountryNetwork.covers(filter)) {
            return CountryNetwork.graph(filter, size, withMeetings);
        }
        return fromBaseTables(MeetingQueries.where(filter), at, size);
    }

    private Network read(NetworkGraph graph) {
        boolean officials = graph.nodeType().equals(Official.TYPE);
        String nodeSql = graph.with() + (officials
                ? "SELECT top.*, " + Official.columns("o") + ", " + Country.columns("c") + " FROM top"
                        + " JOIN official o ON o.id = top.official_id LEFT JOIN country c ON c.id = top.country_id"
                : "SELECT top.*, " + Country.columns("c") + " FROM top JOIN country c ON c.id = top.country_id")
                + " ORDER BY " + NetworkGraph.nodeOrder("top");
        List<Long> total = new ArrayList<>();
        List<NetworkNode> nodes = db.list(nodeSql, graph.params(), rs -> {
            total.add(rs.getLong("total"));
            return NetworkNode.from(rs, officials ? NetworkLevel.OFFICIAL : NetworkLevel.COUNTRY);
        });
        if (nodes.isEmpty()) {
            return new Network(List.of(), List.of(), 0);
        }
        List<NetworkEdge> edges = db.list(graph.with() + "SELECT * FROM edges ORDER BY " + NetworkGraph.edgeOrder("edges"),
                graph.params(), NetworkEdge::from);
        return new Network(nodes, edges, total.get(0).intValue());
    }

    private static NetworkGraph fromBaseTables(Where where, NetworkLevel at, int size) {
        List<Object> params = new ArrayList<>(where.params());
        params.add(size);
        boolean officials = at == NetworkLevel.OFFICIAL;
        String type = officials ? Official.TYPE : Country.TYPE;
        String with = "WITH m AS (SELECT t.id, t.held_on FROM bilateral_meeting t WHERE " + where.sql() + "),"
                + " pairs AS (" + (officials ? OFFICIAL_PAIRS : COUNTRY_PAIRS) + "),"
                + " ends AS (SELECT id, a AS n, b AS partner FROM pairs UNION ALL SELECT id, b, a FROM pairs),"
                + " nodes AS (SELECT n, count(DISTINCT id) AS meetings, count(DISTINCT partner) AS partners"
                + " FROM ends GROUP BY n),"
                + " top AS (SELECT ranked.*, " + GlobalId.sql(type, "n") + " AS node_id, " + (officials
                        ? "(SELECT o.country_id FROM official o WHERE o.id = ranked.n) AS country_id, n AS official_id"
                        : "n AS country_id, CAST(NULL AS bigint) AS official_id")
                + " FROM (SELECT n, meetings, partners, count(*) OVER () AS total FROM nodes"
                + " ORDER BY meetings DESC, n LIMIT ?) ranked),"
                + " edges AS (SELECT a, b, count(*) AS weight, min(held_on) AS first_on, max(held_on) AS last_on,"
                + " (array_agg(id ORDER BY " + ListOrders.latestMeetings("pairs") + "))[1:"
                + NetworkEdge.MEETING_IDS + "] AS meeting_ids, " + GlobalId.sql(type, "a") + " AS source, "
                + GlobalId.sql(type, "b") + " AS target FROM pairs"
                + " WHERE a IN (SELECT n FROM top) AND b IN (SELECT n FROM top) GROUP BY a, b) ";
        return new NetworkGraph(with, params, type);
    }
}
