package org.parley.network;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Network")
@Description("A who-met-whom graph for drawing: nodes and weighted edges, cut to the most active nodes.")
public class Network {

    @NonNull
    @Description("The nodes, those with the most meetings first.")
    public final List<@NonNull NetworkNode> nodes;
    @NonNull
    @Description("The edges between the nodes returned, heaviest first.")
    public final List<@NonNull NetworkEdge> edges;
    @NonNull
    @Description("How many nodes the network has before the cut to maxNodes.")
    public final int totalNodeCount;
    @NonNull
    @Description("Whether nodes (and their edges) were left out to stay within maxNodes.")
    public final boolean truncated;

    Network(List<NetworkNode> nodes, List<NetworkEdge> edges, int totalNodeCount) {
        this.nodes = nodes;
        this.edges = edges;
        this.totalNodeCount = totalNodeCount;
        this.truncated = totalNodeCount > nodes.size();
    }
}
