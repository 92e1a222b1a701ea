package org.parley.network;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.parley.graphql.ApiErrors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.country.Country;
import org.parley.country.CountryQueries;
import org.parley.graphql.Batch;
import org.parley.graphql.Prefetcher;
import org.parley.meeting.BilateralMeeting;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingQueries;
import org.parley.official.Official;
import org.parley.official.OfficialQueries;

/** The who-met-whom network and the chains of meetings through it; relations of edges and steps come in batches. */
@GraphQLApi
@ApiErrors
public class NetworkGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final NetworkQueries networks;
    private final PathQueries paths;
    private final MeetingQueries meetings;
    private final OfficialQueries officials;
    private final CountryQueries countries;
    private final Context context;

    public NetworkGraphQL(NetworkQueries networks, PathQueries paths, MeetingQueries meetings,
            OfficialQueries officials, CountryQueries countries, Context context) {
        this.networks = networks;
        this.paths = paths;
        this.meetings = meetings;
        this.officials = officials;
        this.countries = countries;
        this.context = context;
    }

    @Query("network")
    @Description("Who met whom in the meetings the filter selects: officials or countries as nodes, and an edge for"
            + " each pair that met, weighted by their number of meetings. Cut to the maxNodes nodes with the most"
            + " meetings, with the edges among them.")
    public @NonNull Network network(
            @Description("Conditions the meetings must meet, as for `meetings`.") MeetingFilter filter,
            @Description("Officials or countries as nodes.") @DefaultValue("COUNTRY") NetworkLevel level,
            @Description("The most nodes to return (1 to 200, default 50).") Integer maxNodes) {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        boolean withMeetings = env == null || env.getSelectionSet().containsAnyOf("edges/meetingIds", "edges/meetings");
        return prefetcher.one(networks.network(filter, level, maxNodes, withMeetings));
    }

    @Query("path")
    @Description("The shortest chain of meetings linking two officials (who took part on opposite sides) or two"
            + " countries (that were sides of it), one step per meeting; empty when none exists within maxHops or"
            + " both ends are the same.")
    public @NonNull List<@NonNull PathStep> path(
            @Id @Description("The official the chain starts from (with toOfficial).") String fromOfficial,
            @Id @Description("The official the chain leads to.") String toOfficial,
            @Id @Description("The country the chain starts from (with toCountry), instead of officials.") String fromCountry,
            @Id @Description("The country the chain leads to.") String toCountry,
            @Description("The most meetings the chain may take (1 to 6, default 4).") Integer maxHops) {
        return prefetcher.list(paths.path(fromOfficial, toOfficial, fromCountry, toCountry, maxHops));
    }

    @Name("meetings")
    @Description("Their latest meetings (those of meetingIds), latest first.")
    public List<@NonNull List<@NonNull BilateralMeeting>> edgeMeetings(@Source List<NetworkEdge> parents) {
        long[] ids = parents.stream().flatMap(e -> e.meetingDbIds.stream()).mapToLong(Long::longValue).distinct()
                .toArray();
        Map<Long, BilateralMeeting> byId = new HashMap<>();
        for (BilateralMeeting m : meetings.byIds(ids)) {
            byId.put(m.dbId, m);
        }
        return parents.stream().map(e -> e.meetingDbIds.stream().map(byId::get).filter(Objects::nonNull).toList())
                .toList();
    }

    @Name("meeting")
    @Description("The meeting of this hop.")
    public List<@NonNull BilateralMeeting> stepMeeting(@Source List<PathStep> parents) {
        return meetings.forKeys(parents, s -> s.meetingId);
    }

    @Name("fromOfficial")
    @Description("The official this hop starts from; null in a chain of countries.")
    public List<Official> fromOfficial(@Source List<PathStep> parents) {
        return officialsFor(parents, s -> s.fromOfficialId);
    }

    @Name("toOfficial")
    @Description("The official this hop leads to; null in a chain of countries.")
    public List<Official> toOfficial(@Source List<PathStep> parents) {
        return officialsFor(parents, s -> s.toOfficialId);
    }

    @Name("fromCountry")
    @Description("The country this hop starts from: the side its official took part for.")
    public List<@NonNull Country> fromCountry(@Source List<PathStep> parents) {
        return countries.forKeys(parents, s -> s.fromCountryId);
    }

    @Name("toCountry")
    @Description("The country this hop leads to: the other side of the meeting.")
    public List<@NonNull Country> toCountry(@Source List<PathStep> parents) {
        return countries.forKeys(parents, s -> s.toCountryId);
    }

    private List<Official> officialsFor(List<PathStep> parents, Function<PathStep, Long> officialId) {
        return Batch.toOne(parents, officialId, officials.byIds(Batch.keys(parents, officialId)), o -> o.dbId);
    }
}
