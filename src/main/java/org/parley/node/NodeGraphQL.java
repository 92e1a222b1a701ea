package org.parley.node;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.parley.article.Article;
import org.parley.article.ArticleQueries;
import org.parley.country.Country;
import org.parley.country.CountryQueries;
import org.parley.forum.Forum;
import org.parley.forum.ForumQueries;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Node;
import org.parley.graphql.Pager;
import org.parley.graphql.Prefetcher;
import org.parley.meeting.BilateralMeeting;
import org.parley.meeting.MeetingQueries;
import org.parley.official.Official;
import org.parley.official.OfficialQueries;
import org.parley.official.Position;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationQueries;
import org.parley.statement.Statement;
import org.parley.statement.StatementQueries;
import org.parley.topic.Topic;
import org.parley.topic.TopicQueries;

/** Relay's {@code node(id:)} and {@code nodes(ids:)}: any entity by its ID, whatever its type. */
@GraphQLApi
@ApiErrors
public class NodeGraphQL {

    @Inject
    Prefetcher prefetcher;

    /** How each type with an ID is read by them, in one statement per type. */
    private final Map<String, Function<long[], List<? extends Node>>> byType;
    private final int maxIds;

    public NodeGraphQL(CountryQueries countries, OrganizationQueries organizations, OfficialQueries officials,
            ForumQueries forums, MeetingQueries meetings, StatementQueries statements, ArticleQueries articles,
            TopicQueries topics, Pager pager) {
        this.byType = Map.of(
                Country.TYPE, countries::byIds,
                Organization.TYPE, organizations::byIds,
                Official.TYPE, officials::byIds,
                Position.TYPE, officials::positionsByIds,
                Forum.TYPE, forums::byIds,
                BilateralMeeting.TYPE, meetings::byIds,
                Statement.TYPE, statements::byIds,
                Article.TYPE, articles::byIds,
                Topic.TYPE, topics::byIds);
        this.maxIds = pager.maxSize();
    }

    /** The types {@code node} finds, by their name in IDs. */
    public static final List<String> TYPES = List.of(Country.TYPE, Organization.TYPE, Official.TYPE, Position.TYPE,
            Forum.TYPE, BilateralMeeting.TYPE, Statement.TYPE, Article.TYPE, Topic.TYPE);

    @Query("node")
    @Description("The object with this ID, whatever its type, or null if there is none.")
    public Node node(@Id @NonNull @Description("ID of any object of this API.") String id) {
        return prefetcher.one(find(List.of(id)).get(0));
    }

    @Query("nodes")
    @Description("The objects with these IDs, in the same order, null where there is none (at most the server's"
            + " maximum page size of IDs).")
    public @NonNull List<Node> nodes(
            // [ID!]! in the schema (IdListArguments): SmallRye cannot convert an @Id list argument
            @NonNull @Description("IDs of any objects of this API.") List<@NonNull String> ids) {
        if (ids.size() > maxIds) {
            throw new BadUserInputException("nodes takes at most " + maxIds + " IDs (was " + ids.size() + ").");
        }
        List<Node> found = find(ids);
        // read ahead below the objects found (of several types), so that a relation selected twice with other
        // arguments gets its own list
        prefetcher.list(found.stream().filter(Objects::nonNull).toList());
        return found;
    }

    /** The object of each ID, in order (null where none): one statement per type among the IDs. */
    private List<Node> find(List<String> ids) {
        Map<String, List<Long>> wanted = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>(ids.size());
        for (String id : ids) {
            String type = GlobalId.typeOf(id, TYPES);
            long dbId = GlobalId.decode(type, id);
            wanted.computeIfAbsent(type, t -> new ArrayList<>()).add(dbId);
            keys.add(GlobalId.encode(type, dbId)); // an ID issued under a former type name finds its object too
        }
        Map<String, Node> byId = new HashMap<>();
        wanted.forEach((type, dbIds) -> byType.get(type).apply(dbIds.stream().mapToLong(Long::longValue).toArray())
                .forEach(node -> byId.put(node.getId(), node)));
        return keys.stream().map(byId::get).toList();
    }
}
