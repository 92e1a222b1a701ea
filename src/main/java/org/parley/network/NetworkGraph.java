package org.parley.network;

import java.util.List;

/**
 * A network as SQL, for the resolver and for the single statement alike: a WITH clause that defines
 * {@code top(n, meetings, partners, total, country_id, official_id, node_id)}, the nodes kept after the cut (n: the
 * node's database id; total: how many nodes there were before it; country_id: the node itself or the official's
 * country; official_id: the official, in a network of officials; node_id: the node's ID), and
 * {@code edges(a, b, weight, first_on, last_on, meeting_ids, source, target)}, the pairs among them (source and
 * target: the IDs of a and b).
 *
 * @param with the WITH clause, ending with a space
 * @param params the values of its placeholders, in order
 * @param nodeType the type of the nodes' IDs (Country or Official)
 */
public record NetworkGraph(String with, List<Object> params, String nodeType) {

    /** The order of the nodes, over {@code top} as {@code alias}: the most meetings first. */
    public static String nodeOrder(String alias) {
        return alias + ".meetings DESC, " + alias + ".n";
    }

    /** The order of the edges, over {@code edges} as {@code alias}: the heaviest first. */
    public static String edgeOrder(String alias) {
        return alias + ".weight DESC, " + alias + ".a, " + alias + ".b";
    }
}
