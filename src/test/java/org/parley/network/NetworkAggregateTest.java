package org.parley.network;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.AggregateWritesTest;
import org.parley.meeting.MeetingFilter;

/**
 * The network of countries read from the aggregates (migration V4) is the one computed from the meetings, for every
 * filter the aggregates answer, after each kind of write.
 */
@QuarkusTest
class NetworkAggregateTest extends AggregateWritesTest {

    @Inject
    NetworkQueries networks;
    @Test
    void theAggregatesGiveTheNetworkOfTheMeetingsAfterEveryWrite() {
        replay(this::assertSameNetworks);
    }

    @Test
    void edgesWithoutTheirMeetingsAreTheSameEdges() {
        fixture.create();
        Network with = networks.network(null, NetworkLevel.COUNTRY, 200, true);
        Network without = networks.network(null, NetworkLevel.COUNTRY, 200, false);
        assertEquals(describe(with).replaceAll("\\[[^\\]]*\\]", "[]"), describe(without));
    }

    private void assertSameNetworks(String when) {
        for (MeetingFilter filter : filters()) {
            for (int maxNodes : new int[] {1, 2, 3, 200}) {
                assertEquals(describe(networks.networkFromBaseTables(filter, NetworkLevel.COUNTRY, maxNodes)),
                        describe(networks.network(filter, NetworkLevel.COUNTRY, maxNodes, true)),
                        when + ", filter " + describe(filter) + ", maxNodes " + maxNodes);
            }
        }
    }

    /** No filter, and filters by countries only: those the aggregates answer. */
    private List<MeetingFilter> filters() {
        List<MeetingFilter> filters = new ArrayList<>();
        filters.add(null);
        filters.add(new MeetingFilter());
        filters.add(filter(List.of(rows.country("KR")), null));
        filters.add(filter(List.of(), null));
        if (!rows.ids("SELECT id FROM country WHERE code = 'XD'").isEmpty()) {
            String xd = fixture.country("XD");
            String xe = fixture.country("XE");
            String xf = fixture.country("XF");
            filters.add(filter(List.of(xd), null));
            filters.add(filter(List.of(xd, xf), null));
            filters.add(filter(null, List.of(xe, xd)));
            filters.add(filter(List.of(xf), List.of(xd, xe)));
            filters.add(filter(List.of(xe), List.of(xd, xe)));
        }
        return filters;
    }

    private static MeetingFilter filter(List<String> countryIds, List<String> betweenCountries) {
        MeetingFilter filter = new MeetingFilter();
        filter.countryIds = countryIds;
        filter.betweenCountries = betweenCountries;
        return filter;
    }

    private static String describe(MeetingFilter filter) {
        return filter == null ? "null" : "countryIds " + filter.countryIds + " between " + filter.betweenCountries;
    }

    private static String describe(Network network) {
        StringBuilder text = new StringBuilder(network.totalNodeCount + " nodes, truncated " + network.truncated);
        for (NetworkNode node : network.nodes) {
            text.append("\nnode ").append(node.id).append(' ').append(node.country.id).append(' ')
                    .append(node.meetingCount).append(' ').append(node.partnerCount);
        }
        for (NetworkEdge edge : network.edges) {
            text.append("\nedge ").append(edge.source).append(' ').append(edge.target).append(' ').append(edge.weight)
                    .append(' ').append(edge.firstHeldOn).append(' ').append(edge.lastHeldOn).append(' ')
                    .append(edge.meetingIds);
        }
        return text.toString();
    }
}
