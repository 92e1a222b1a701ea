package org.parley.direct;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.normalized.ExecutableNormalizedField;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parley.article.Article;
import org.parley.article.ArticleFilter;
import org.parley.article.ArticleOrder;
import org.parley.article.ArticleQueries;
import org.parley.country.Country;
import org.parley.country.CountryFilter;
import org.parley.country.CountryOrder;
import org.parley.country.CountryQueries;
import org.parley.forum.Forum;
import org.parley.forum.ForumFilter;
import org.parley.forum.ForumOrder;
import org.parley.forum.ForumPanel;
import org.parley.forum.ForumParticipant;
import org.parley.forum.ForumParticipantReport;
import org.parley.forum.ForumQueries;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.ChildList;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Junction;
import org.parley.graphql.JunctionList;
import org.parley.graphql.Pager;
import org.parley.graphql.ParentList;
import org.parley.graphql.SortOrder;
import org.parley.graphql.Where;
import org.parley.meeting.BilateralMeeting;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingHistory;
import org.parley.meeting.MeetingLists;
import org.parley.meeting.MeetingOrder;
import org.parley.meeting.MeetingParticipant;
import org.parley.meeting.MeetingQueries;
import org.parley.meeting.MeetingReport;
import org.parley.meeting.MeetingSide;
import org.parley.model.Column;
import org.parley.model.Table;
import org.parley.network.NetworkGraph;
import org.parley.network.NetworkLevel;
import org.parley.network.NetworkQueries;
import org.parley.network.PathQueries;
import org.parley.official.Official;
import org.parley.official.OfficialFilter;
import org.parley.official.OfficialOrder;
import org.parley.official.OfficialQueries;
import org.parley.official.Position;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationFilter;
import org.parley.organization.OrganizationOrder;
import org.parley.organization.OrganizationQueries;
import org.parley.relation.RelationQueries;
import org.parley.relation.TimelineOrder;
import org.parley.search.SearchQueries;
import org.parley.search.SearchType;
import org.parley.statement.Statement;
import org.parley.statement.StatementFilter;
import org.parley.statement.StatementLists;
import org.parley.statement.StatementOrder;
import org.parley.statement.StatementQueries;
import org.parley.statement.StatementReport;
import org.parley.stats.CountQueries;
import org.parley.stats.MeetingGrouping;
import org.parley.stats.StatementGrouping;
import org.parley.topic.Topic;
import org.parley.topic.TopicFilter;
import org.parley.topic.TopicOrder;
import org.parley.topic.TopicQueries;

/**
 * What each field of the graph reads, in SQL, for {@link ReadCompiler}: derived from the descriptions the resolvers
 * read too (each type's {@code Table} and its {@code Column}s, {@code ChildList}, {@code JunctionList},
 * {@code ParentList}, {@code ListOrders}, the filters' {@code where}, {@code NetworkGraph},
 * {@code CountQueries.Counted}, {@code RelationQueries.entries}), so that both ways give the same answer
 * (DirectReadsTest and DifferentialTest check them side by side). Every table and column named here is checked
 * against the database at start ({@link CatalogCheck}). A field that is not declared here is listed in
 * {@link #RESOLVER_ONLY} and makes the whole query go through the resolvers.
 */
@ApplicationScoped
class ReadCatalog {

    /** Writes the JSON value of one field of a row. */
    @FunctionalInterface
    interface FieldReader {
        SqlText read(ReadCompiler compiler, ReadCompiler.Row row, ExecutableNormalizedField field);
    }

    /** The FROM and WHERE clauses of a to-one relation, over the aliases of the parent, the child and a link table. */
    @FunctionalInterface
    interface Join {
        String fromWhere(String parent, String child, String link);
    }

    /** Writes the JSON value of one field of Query. */
    @FunctionalInterface
    interface RootReader {
        SqlText read(ReadCompiler compiler, ExecutableNormalizedField field);
    }

    /**
     * The fields of the read API that have no SQL form yet, each with the reason; what they return is read by their
     * resolvers, and so is a whole query that selects one. ReadCoverageTest fails for a field that is neither declared
     * here nor listed.
     */
    static final Map<String, String> RESOLVER_ONLY = Map.of();


    private final Pager pager;
    private final ObjectMapper json;
    private final Map<String, Shape> shapes = new HashMap<>();
    /** The table of each type that has an ID, for the lookups by ID and {@code node}. */
    private final Map<String, String> nodeTables = new HashMap<>();
    /** Each table the catalog reads, with the columns it reads of it. */
    private final Map<String, Set<String>> expected = new TreeMap<>();
    private final Map<String, RootReader> roots = new HashMap<>();
    /** Fields that a root reader writes itself rather than through a {@link Shape}, as {@code Type.field}. */
    private final Set<String> written = new TreeSet<>();
    /** The types of the connections the root fields page through. */
    private final Set<String> connections = new TreeSet<>();

    ReadCatalog(Pager pager, ObjectMapper json) {
        this.pager = pager;
        this.json = json;

        define(Country.TABLE).id()
                .many("officials", Official.TABLE, OfficialQueries.OF_COUNTRY)
                .many("organizations", Organization.TABLE, OrganizationQueries.OF_COUNTRY)
                .firstOf("meetings", "Meeting", MeetingLists.OF_COUNTRY, null)
                .pageOf("meetingsConnection", "Meeting", MeetingLists.OF_COUNTRY, null)
                .firstOf("statementsAddressed", "Statement", StatementLists.ADDRESSED_TO_COUNTRY, null)
                .many("forumsHosted", Forum.TABLE, ForumQueries.HOSTED_BY_COUNTRY)
                .through("forumsAttended", ForumQueries.ATTENDED_BY_COUNTRY)
                .through("mentionedIn", ArticleQueries.MENTIONING_COUNTRY_ALL)
                .pageOf("mentionedInConnection", "Article", ArticleQueries.MENTIONING_COUNTRY, null);

        define(Organization.TABLE).id()
                .oneById("country", Country.TABLE, Organization.COUNTRY_ID)
                .oneById("parent", Organization.TABLE, Organization.PARENT_ID)
                .many("children", Organization.TABLE, OrganizationQueries.CHILDREN)
                .many("positions", Position.TABLE, OfficialQueries.POSITIONS_AT)
                .many("articlesPublished", Article.TABLE, ArticleQueries.PUBLISHED_BY)
                .firstOf("statementsAddressed", "Statement", StatementLists.ADDRESSED_TO_ORGANIZATION, null)
                .firstOf("meetings", "Meeting", MeetingLists.OF_ORGANIZATION, null)
                .many("forumsHosted", Forum.TABLE, ForumQueries.HOSTED_BY_ORGANIZATION)
                .through("forumsAttended", ForumQueries.ATTENDED_BY_ORGANIZATION)
                .through("mentionedIn", ArticleQueries.MENTIONING_ORGANIZATION_ALL)
                .pageOf("mentionedInConnection", "Article", ArticleQueries.MENTIONING_ORGANIZATION, null);

        define(Topic.TABLE).id()
                .firstOf("statements", "Statement", StatementLists.ABOUT_TOPIC, null)
                .pageOf("statementsConnection", "Statement", StatementLists.ABOUT_TOPIC, null)
                .firstOf("meetings", "Meeting", MeetingLists.ABOUT_TOPIC, null)
                .through("articles", ArticleQueries.MENTIONING_TOPIC_ALL);

        define(Official.TABLE).id()
                .oneById("country", Country.TABLE, Official.COUNTRY_ID)
                .one("currentPosition", "Position", (official, position, unused) -> OfficialQueries.POSITIONS_OF.table()
                        + " " + position + " WHERE " + position + "." + OfficialQueries.POSITIONS_OF.parentColumn()
                        + " = " + official + ".id AND " + OfficialQueries.isCurrent(position) + " ORDER BY "
                        + OfficialQueries.POSITIONS_OF.order().apply(position))
                .many("positions", Position.TABLE, OfficialQueries.POSITIONS_OF)
                .firstOf("statements", "Statement", StatementLists.BY_SPEAKER, StatementOrder.class)
                .pageOf("statementsConnection", "Statement", StatementLists.BY_SPEAKER, StatementOrder.class)
                .firstOf("relayedStatements", "Statement", StatementLists.RELAYED_BY, null)
                .firstOf("meetings", "Meeting", MeetingLists.OF_OFFICIAL, null)
                .pageOf("meetingsConnection", "Meeting", MeetingLists.OF_OFFICIAL, null)
                .through("mentionedIn", ArticleQueries.MENTIONING_OFFICIAL_ALL)
                .pageOf("mentionedInConnection", "Article", ArticleQueries.MENTIONING_OFFICIAL, null);

        define(Position.TABLE).id()
                .oneById("official", Official.TABLE, Position.OFFICIAL_ID)
                .oneById("organization", Organization.TABLE, Position.ORGANIZATION_ID);

        define(Forum.TABLE).id()
                .oneById("hostCountry", Country.TABLE, Forum.HOST_COUNTRY_ID)
                .oneById("hostOrganization", Organization.TABLE, Forum.HOST_ORGANIZATION_ID)
                .firstOf("meetings", "Meeting", MeetingLists.AT_FORUM, null)
                .many("participants", ForumParticipant.TABLE, ForumQueries.PARTICIPANTS)
                .many("panels", ForumPanel.TABLE, ForumQueries.PANELS)
                .through("reportedBy", ForumQueries.REPORTED_BY);

        define(ForumPanel.TABLE);

        define(ForumParticipantReport.TABLE)
                .oneById("article", Article.TABLE, ForumParticipantReport.ARTICLE_ID);

        define(ForumParticipant.TABLE)
                .through("reportedBy", ForumQueries.PARTICIPANT_REPORTED_BY)
                .many("reports", ForumParticipantReport.TABLE, ForumQueries.PARTICIPANT_REPORTS)
                .oneById("country", Country.TABLE, ForumParticipant.COUNTRY_ID)
                .oneById("organization", Organization.TABLE, ForumParticipant.ORGANIZATION_ID);

        define(BilateralMeeting.TABLE).id()
                .oneById("forum", Forum.TABLE, BilateralMeeting.FORUM_ID)
                .many("sides", MeetingSide.TABLE, MeetingQueries.SIDES)
                .many("participants", MeetingParticipant.TABLE, MeetingQueries.PARTICIPANTS)
                .many("statements", Statement.TABLE, StatementLists.AT_MEETING)
                .through("topics", MeetingQueries.TOPICS)
                .through("expectedTopics", MeetingQueries.EXPECTED_TOPICS)
                .through("reportedBy", MeetingQueries.REPORTED_BY)
                .many("reports", MeetingReport.TABLE, MeetingQueries.REPORTS)
                .firstOf("likelyDuplicates", "Meeting", MeetingLists.LIKELY_DUPLICATES, null)
                .one("previousMeetingBetweenSides", "Meeting",
                        (meeting, previous, unused) -> MeetingHistory.previous(meeting, previous))
                .field("daysSincePreviousMeeting", (compiler, row, f) -> new SqlText().append(
                        MeetingHistory.daysSincePrevious(row.alias())));

        define(MeetingReport.TABLE)
                .oneById("article", Article.TABLE, MeetingReport.ARTICLE_ID);

        define(MeetingSide.TABLE)
                .oneById("country", Country.TABLE, MeetingSide.COUNTRY_ID)
                .oneById("organization", Organization.TABLE, MeetingSide.ORGANIZATION_ID)
                .many("participants", MeetingParticipant.TABLE, MeetingQueries.SIDE_PARTICIPANTS);

        define(MeetingParticipant.TABLE)
                .through("reportedBy", MeetingQueries.PARTICIPANT_REPORTED_BY)
                .oneById("official", Official.TABLE, MeetingParticipant.OFFICIAL_ID)
                .one("country", "Country", (participant, country, side) -> MeetingSide.TABLE + " " + side
                        + " JOIN " + Country.TABLE + " " + country + " ON " + country + ".id = "
                        + MeetingSide.COUNTRY_ID.of(side) + " WHERE " + side + ".id = "
                        + MeetingParticipant.SIDE_ID.of(participant))
                .oneById("position", Position.TABLE, MeetingParticipant.POSITION_ID);

        define(Statement.TABLE).id()
                .oneById("speaker", Official.TABLE, Statement.SPEAKER_ID)
                .oneById("speakerPosition", Position.TABLE, Statement.SPEAKER_POSITION_ID)
                .oneById("relayedBy", Official.TABLE, Statement.RELAYED_BY_ID)
                .oneById("relayedByPosition", Position.TABLE, Statement.RELAYED_BY_POSITION_ID)
                .oneById("addresseeCountry", Country.TABLE, Statement.ADDRESSEE_COUNTRY_ID)
                .oneById("addresseeOrganization", Organization.TABLE, Statement.ADDRESSEE_ORGANIZATION_ID)
                .oneById("meeting", BilateralMeeting.TABLE, Statement.MEETING_ID)
                .through("articles", StatementQueries.ARTICLES)
                .many("reports", StatementReport.TABLE, StatementQueries.REPORTS)
                .through("topics", StatementQueries.TOPICS);

        define(StatementReport.TABLE)
                .oneById("article", Article.TABLE, StatementReport.ARTICLE_ID);

        define(Article.TABLE).id()
                .oneById("publisher", Organization.TABLE, Article.PUBLISHER_ID)
                .through("statements", StatementLists.REPORTS)
                .through("meetings", MeetingLists.REPORTS)
                .through("mentionedOfficials", ArticleQueries.OFFICIALS_MENTIONED)
                .through("mentionedCountries", ArticleQueries.COUNTRIES_MENTIONED)
                .through("mentionedOrganizations", ArticleQueries.ORGANIZATIONS_MENTIONED)
                .through("topics", ArticleQueries.TOPICS_MENTIONED)
                .through("forums", ForumQueries.REPORTS);

        // a search hit: the row h of SearchQueries.from, its node one of the rows joined there
        define("SearchHit")
                .field("type", (compiler, row, f) -> new SqlText().append(row.alias() + ".type"))
                // 0 and 1 written as a Float (0.0, 1.0), as the resolver's double is
                .field("score", (compiler, row, f) -> new SqlText().append("(SELECT CASE WHEN s IN (0, 1)"
                        + " THEN to_json(s::numeric(2, 1)) ELSE to_json(s) END FROM (SELECT "
                        + SearchQueries.SHOWN_SCORE + " AS s) shown)"))
                .field("snippet", (compiler, row, f) -> new SqlText().append(SearchQueries.snippet()))
                .field("node", (compiler, row, f) -> {
                    SqlText node = new SqlText().append("CASE " + row.alias() + ".type");
                    for (SearchType type : SearchType.values()) {
                        SearchQueries.HitRow hit = SearchQueries.row(type);
                        node.append(" WHEN '" + type + "' THEN ").append(compiler.object(hit.graphqlType(),
                                new ReadCompiler.Row(hit.alias(), row.joins()), compiler.selectedOn(f, hit.graphqlType())));
                    }
                    return node.append(" END");
                });
        roots.put("search", this::search);

        // a network: the rows of NetworkGraph's top and edges
        define("NetworkNode")
                .field("id", (compiler, row, f) -> new SqlText().append(row.alias() + ".node_id"))
                .columns("meetingCount", "meetings", "partnerCount", "partners")
                .oneById("country", Country.TABLE, "country_id")
                .oneById("official", Official.TABLE, "official_id");
        define("NetworkEdge").columns("source", "source", "target", "target", "weight", "weight",
                        "firstHeldOn", "first_on", "lastHeldOn", "last_on")
                .field("meetingIds", (compiler, row, f) -> new SqlText().append("(SELECT coalesce(json_agg("
                        + GlobalId.sql(BilateralMeeting.TYPE, "x.id") + " ORDER BY x.o), '[]'::json) FROM unnest("
                        + row.alias() + ".meeting_ids) WITH ORDINALITY x(id, o))"))
                .field("meetings", (compiler, row, f) -> {
                    ReadCompiler.Row meeting = ReadCompiler.Row.of(compiler.alias());
                    SqlText object = compiler.object("Meeting", meeting, f);
                    return new SqlText().append("(SELECT coalesce(json_agg(").append(object)
                            .append(" ORDER BY x.o), '[]'::json) FROM unnest(" + row.alias() + ".meeting_ids)"
                                    + " WITH ORDINALITY x(id, o) JOIN bilateral_meeting " + meeting.alias() + " ON "
                                    + meeting.alias() + ".id = x.id")
                            .append(meeting.joins()).append(")");
                });
        roots.put("network", this::network);

        // a chain of meetings: the rows of PathQueries.walk
        define("PathStep").columns("hop", "hop")
                .oneById("meeting", BilateralMeeting.TABLE, "meeting_id")
                .oneById("fromOfficial", Official.TABLE, "from_official")
                .oneById("toOfficial", Official.TABLE, "to_official")
                .oneById("fromCountry", Country.TABLE, "from_country")
                .oneById("toCountry", Country.TABLE, "to_country");
        roots.put("path", this::path);

        // a group of a count: a row of CountQueries.Counted
        define("CountBucket").columns("label", "label", "count", "n", "periodStart", "period", "kind", "kind")
                .oneById("forum", Forum.TABLE, "forum_id")
                .oneById("topic", Topic.TABLE, "topic_id")
                .field("countries", (compiler, row, f) -> {
                    ReadCompiler.Row country = ReadCompiler.Row.of(compiler.alias());
                    SqlText object = compiler.object("Country", country, f);
                    return new SqlText().append("CASE WHEN " + row.alias() + ".countries THEN (SELECT coalesce(json_agg(")
                            .append(object).append(" ORDER BY k.o), '[]'::json) FROM unnest(ARRAY[" + row.alias()
                                    + ".id1, " + row.alias() + ".id2]) WITH ORDINALITY k(id, o) JOIN country "
                                    + country.alias() + " ON " + country.alias() + ".id = k.id")
                            .append(country.joins()).append(") ELSE '[]'::json END");
                });
        roots.put("meetingCounts", (compiler, f) -> counts(compiler, f, CountQueries.meetingsCounted(
                enumArgument(f, "by", MeetingGrouping.class), filter(ReadCompiler.argument(f, "filter"), MeetingFilter.class),
                ReadCompiler.intArgument(f, "first"))));
        roots.put("statementCounts", (compiler, f) -> counts(compiler, f, CountQueries.statementsCounted(
                enumArgument(f, "by", StatementGrouping.class),
                filter(ReadCompiler.argument(f, "filter"), StatementFilter.class), ReadCompiler.intArgument(f, "first"))));
        written.addAll(List.of("Network.nodes", "Network.edges", "Network.totalNodeCount", "Network.truncated"));

        byId("country", "Country");
        byId("organization", "Organization");
        byId("topic", "Topic");
        byId("official", "Official");
        byId("forum", "Forum");
        byId("meeting", "Meeting");
        byId("statement", "Statement");
        byId("article", "Article");
        roots.put("node", (compiler, f) -> node(compiler, f, ReadCompiler.argument(f, "id")));
        roots.put("nodes", (compiler, f) -> {
            if (!(ReadCompiler.argument(f, "ids") instanceof List<?> ids) || ids.size() > pager.maxSize()) {
                throw new NotDirect("nodes without a list of ids, or with more than the resolver takes");
            }
            SqlText array = new SqlText().append("json_build_array(");
            for (int i = 0; i < ids.size(); i++) {
                array.append(i == 0 ? "" : ", ").append(node(compiler, f, ids.get(i)));
            }
            return array.append(")");
        });
        page("officials", "Official", "official t", OfficialOrder.class, OfficialOrder.NAME_ASC,
                filter -> OfficialQueries.where(filter(filter, OfficialFilter.class)),
                filter -> false);
        // two countries' meetings: PostgreSQL merges the two countries' lists in full, whatever the page size
        page("meetings", "Meeting", "bilateral_meeting t", MeetingOrder.class, MeetingOrder.HELD_ON_DESC,
                filter -> MeetingQueries.where(filter(filter, MeetingFilter.class)),
                filter -> filter instanceof Map<?, ?> fields && fields.get("betweenCountries") != null);
        page("statements", "Statement", "statement t", StatementOrder.class, StatementOrder.SAID_ON_DESC,
                filter -> StatementQueries.where(filter(filter, StatementFilter.class)),
                filter -> false);
        page("countries", "Country", "country t", CountryOrder.class, CountryOrder.NAME_ASC,
                filter -> CountryQueries.where(filter(filter, CountryFilter.class)), filter -> false);
        page("organizations", "Organization", "organization t", OrganizationOrder.class, OrganizationOrder.NAME_ASC,
                filter -> OrganizationQueries.where(filter(filter, OrganizationFilter.class)), filter -> false);
        page("topics", "Topic", "topic t", TopicOrder.class, TopicOrder.NAME_ASC,
                filter -> TopicQueries.where(filter(filter, TopicFilter.class)), filter -> false);
        page("forums", "Forum", "forum t", ForumOrder.class, ForumOrder.START_DATE_DESC,
                filter -> ForumQueries.where(filter(filter, ForumFilter.class)), filter -> false);
        page("articles", "Article", "article t", ArticleOrder.class, ArticleOrder.PUBLISHED_ON_DESC,
                filter -> ArticleQueries.where(filter(filter, ArticleFilter.class)), filter -> false);
        // the timeline between two countries: rows of RelationQueries.entries, paged as the root lists are
        define("TimelineEntry").columns("kind", "kind", "date", "day", "dateText", "date_text")
                .oneById("meeting", BilateralMeeting.TABLE, "meeting_id")
                .oneById("statement", Statement.TABLE, "statement_id")
                .oneById("forum", Forum.TABLE, "forum_id")
                .field("articles", (compiler, row, f) -> byKind(row,
                        through(compiler, f, MeetingQueries.REPORTED_BY,
                                row.alias() + ".meeting_id"),
                        through(compiler, f, StatementQueries.ARTICLES,
                                row.alias() + ".statement_id")))
                .field("topics", (compiler, row, f) -> byKind(row,
                        through(compiler, f, MeetingQueries.TOPICS,
                                row.alias() + ".meeting_id"),
                        through(compiler, f, StatementQueries.TOPICS,
                                row.alias() + ".statement_id")));
        connections.add("Timeline");
        roots.put("relationsBetween", (compiler, f) -> {
            long[] pair;
            try {
                pair = RelationQueries.pair((String) ReadCompiler.argument(f, "countryA"),
                        (String) ReadCompiler.argument(f, "countryB"));
            } catch (BadUserInputException e) {
                throw new NotDirect("relationsBetween: " + e.getMessage());
            }
            SortOrder order = order(f, "order", TimelineOrder.class, TimelineOrder.NEWEST_FIRST);
            Pager.Slice slice = slice(f);
            Where where = new Where();
            return compiler.page("TimelineEntry", f, RelationQueries.entries(pair[0], pair[1]), where,
                    Pager.window(where, order, slice), order, slice, false);
        });
        roots.put("countryByCode", (compiler, f) -> {
            if (!(ReadCompiler.argument(f, "code") instanceof String code)) {
                throw new NotDirect("countryByCode without a code");
            }
            return compiler.byKey("Country", "country", f.getChildren(), "code", CountryQueries.code(code));
        });
    }

    /** A filter argument as its class, from the map the schema coerced it to; null when none is given. */
    private <F> F filter(Object value, Class<F> type) {
        return value == null ? null : json.convertValue(value, type);
    }

    Shape shape(String type) {
        return shapes.get(type);
    }

    /** Every field declared here, as {@code Type.field}. */
    Set<String> declaredFields() {
        Set<String> all = new TreeSet<>();
        shapes.forEach((type, shape) -> shape.fields.keySet().forEach(field -> all.add(type + "." + field)));
        roots.keySet().forEach(field -> all.add("Query." + field));
        all.addAll(written);
        // what ReadCompiler#page writes for every connection
        for (String type : connections) {
            for (String field : List.of("edges", "nodes", "pageInfo", "totalCount")) {
                all.add(type + "Connection." + field);
            }
            all.add(type + "Edge.cursor");
            all.add(type + "Edge.node");
        }
        for (String field : List.of("hasNextPage", "hasPreviousPage", "startCursor", "endCursor")) {
            all.add("PageInfo." + field);
        }
        return all;
    }

    RootReader root(String field) {
        return roots.get(field);
    }

    /** A type read from a row of {@code table}, with a field for each of its columns that an API field shows. */
    private Shape define(Table table) {
        Shape shape = new Shape(table.type(), table);
        shapes.put(table.type(), shape);
        return shape.columns(table);
    }

    /** A type read from the rows of a query of its own (a search hit, a count). */
    private Shape define(String type) {
        Shape shape = new Shape(type, null);
        shapes.put(type, shape);
        return shape;
    }

    /** Records that the catalog reads {@code column} of {@code table}: checked against the database at start. */
    private void expect(String table, String column) {
        expected.computeIfAbsent(table, unused -> new TreeSet<>()).add(column);
    }

    /** Every table the catalog reads, with the columns it reads of it. */
    Map<String, Set<String>> expectedColumns() {
        return Collections.unmodifiableMap(expected);
    }

    /**
     * For each field of a type read from a table, a statement that reads the field (with nothing selected below it)
     * over a row of that table, as {@code Type.field}: planned, never run, at start ({@link CatalogCheck}), so that
     * PostgreSQL itself checks every table, column, join and order the field's SQL form names.
     */
    Map<String, SqlText> probes() {
        Map<String, SqlText> probes = new TreeMap<>();
        ReadCompiler compiler = new ReadCompiler(this, null, Document.newDocument().build(), Map.of());
        for (Shape shape : shapes.values()) {
            if (shape.table == null) {
                continue;
            }
            shape.fields.forEach((name, reader) -> {
                ExecutableNormalizedField field = ExecutableNormalizedField.newNormalizedField().fieldName(name)
                        .objectTypeNames(List.of(shape.type)).resolvedArguments(Map.of()).build();
                ReadCompiler.Row row = ReadCompiler.Row.of(compiler.alias());
                SqlText value = reader.read(compiler, row, field);
                probes.put(shape.type + "." + name, new SqlText().append("SELECT ").append(value)
                        .append(" FROM " + shape.table.name() + " " + row.alias()).append(row.joins()));
            });
        }
        return probes;
    }

    /** {@code field(id: ID!)}: the row with that ID, or null. */
    private void byId(String field, String type) {
        roots.put(field, (compiler, f) -> {
            Object id = ReadCompiler.argument(f, "id");
            if (!(id instanceof String text)) {
                throw new NotDirect(field + " without an id");
            }
            return compiler.byId(type, nodeTables.get(type), f.getChildren(), GlobalId.decode(type, text));
        });
    }

    /** {@code node(id)}, or one item of {@code nodes(ids)}: the object of the type the ID names, or null. */
    private SqlText node(ReadCompiler compiler, ExecutableNormalizedField field, Object id) {
        if (!(id instanceof String text)) {
            throw new NotDirect("node without an id");
        }
        String type;
        long dbId;
        try {
            type = GlobalId.typeOf(text, nodeTables.keySet());
            dbId = GlobalId.decode(type, text);
        } catch (BadUserInputException e) {
            throw new NotDirect("node: " + e.getMessage());
        }
        return compiler.byId(type, nodeTables.get(type), compiler.selectedOn(field, type), dbId);
    }

    /**
     * {@code field(filter, orderBy, first, after)}: a page of a connection; {@code fewRows} says of a filter whether
     * its rows are few enough to count in the page's own pass (see {@link ReadCompiler#page}).
     */
    private void page(String field, String type, String from, Class<? extends SortOrder> orders,
            SortOrder defaultOrder, Function<Object, Where> filter, Predicate<Object> fewRows) {
        connections.add(type);
        roots.put(field, (compiler, f) -> {
            SortOrder order = order(f, orders, defaultOrder);
            Pager.Slice slice = slice(f);
            Object filterValue = ReadCompiler.argument(f, "filter");
            Where where = filter.apply(filterValue);
            return compiler.page(type, f, from, where, Pager.window(where, order, slice), order, slice,
                    fewRows.test(filterValue));
        });
    }

    /** The page a connection's {@code first}/{@code after} or {@code last}/{@code before} ask for. */
    private Pager.Slice slice(ExecutableNormalizedField field) {
        return pager.slice(ReadCompiler.intArgument(field, "first"), (String) ReadCompiler.argument(field, "after"),
                ReadCompiler.intArgument(field, "last"), (String) ReadCompiler.argument(field, "before"));
    }

    /**
     * {@code search(query, types, first)}: the resolver's own statement ({@link SearchQueries}), its hits written as
     * JSON. Arguments the resolver would refuse go to the resolver, which reports them.
     */
    private SqlText search(ReadCompiler compiler, ExecutableNormalizedField field) {
        String text;
        int size;
        Set<SearchType> wanted;
        try {
            text = SearchQueries.text((String) ReadCompiler.argument(field, "query"));
            size = SearchQueries.size(ReadCompiler.intArgument(field, "first"));
            wanted = SearchQueries.wanted(types(ReadCompiler.argument(field, "types")));
        } catch (BadUserInputException e) {
            throw new NotDirect("search: " + e.getMessage());
        }
        ReadCompiler.Row hit = ReadCompiler.Row.of("h");
        SqlText object = compiler.object("SearchHit", hit, field);
        return new SqlText().append("(").append(SearchQueries.with(wanted, size), SearchQueries.params(text))
                .append(" SELECT coalesce(json_agg(").append(object)
                .append(" ORDER BY " + SearchQueries.ORDER + "), '[]'::json)" + SearchQueries.from(size))
                .append(hit.joins()).append(")");
    }

    /**
     * {@code network(filter, level, maxNodes)}: {@link NetworkQueries#graph}'s WITH clause, its nodes and edges
     * written as JSON in the orders the resolver reads them in.
     */
    private SqlText network(ReadCompiler compiler, ExecutableNormalizedField field) {
        Object level = ReadCompiler.argument(field, "level");
        boolean withMeetings = field.getChildren().stream().filter(part -> part.getName().equals("edges"))
                .flatMap(edges -> edges.getChildren().stream())
                .anyMatch(part -> part.getName().equals("meetingIds") || part.getName().equals("meetings"));
        NetworkGraph graph;
        try {
            graph = NetworkQueries.graph(filter(ReadCompiler.argument(field, "filter"), MeetingFilter.class),
                    level == null ? null : NetworkLevel.valueOf(level instanceof Enum<?> e ? e.name() : level.toString()),
                    ReadCompiler.intArgument(field, "maxNodes"), withMeetings);
        } catch (BadUserInputException e) {
            throw new NotDirect("network: " + e.getMessage());
        }
        ReadCompiler.Row node = ReadCompiler.Row.of(compiler.alias());
        ReadCompiler.Row edge = ReadCompiler.Row.of(compiler.alias());
        SqlText object = compiler.objectOf(field, part -> switch (part.getName()) {
            case "__typename" -> new SqlText().name("Network");
            case "nodes" -> {
                SqlText each = compiler.object("NetworkNode", node, part);
                yield new SqlText().append("(SELECT coalesce(json_agg(").append(each)
                        .append(" ORDER BY " + NetworkGraph.nodeOrder(node.alias()) + "), '[]'::json) FROM top "
                                + node.alias()).append(node.joins()).append(")");
            }
            case "edges" -> {
                SqlText each = compiler.object("NetworkEdge", edge, part);
                yield new SqlText().append("(SELECT coalesce(json_agg(").append(each)
                        .append(" ORDER BY " + NetworkGraph.edgeOrder(edge.alias()) + "), '[]'::json) FROM edges "
                                + edge.alias()).append(edge.joins()).append(")");
            }
            case "totalNodeCount" -> new SqlText().append("(SELECT coalesce(max(total), 0) FROM top)");
            case "truncated" -> new SqlText().append("(SELECT coalesce(max(total), 0) > count(*) FROM top)");
            default -> throw new NotDirect("Network." + part.getName());
        });
        return new SqlText().append("(").append(graph.with(), graph.params()).append("SELECT ").append(object)
                .append(")");
    }

    /**
     * {@code path(...)}: {@link PathQueries#walk}'s recursive query as a sub-select, its steps written as JSON in
     * hop order. Ends the resolver would refuse go to the resolver, which reports them.
     */
    private SqlText path(ReadCompiler compiler, ExecutableNormalizedField field) {
        PathQueries.Walk walk;
        try {
            walk = PathQueries.walk((String) ReadCompiler.argument(field, "fromOfficial"),
                    (String) ReadCompiler.argument(field, "toOfficial"), (String) ReadCompiler.argument(field, "fromCountry"),
                    (String) ReadCompiler.argument(field, "toCountry"), ReadCompiler.intArgument(field, "maxHops"));
        } catch (BadUserInputException e) {
            throw new NotDirect("path: " + e.getMessage());
        }
        ReadCompiler.Row step = ReadCompiler.Row.of(compiler.alias());
        SqlText object = compiler.object("PathStep", step, field);
        return new SqlText().append("(SELECT coalesce(json_agg(").append(object)
                .append(" ORDER BY " + PathQueries.Walk.order(step.alias()) + "), '[]'::json) FROM (")
                .append(walk.sql(), walk.params()).append(") " + step.alias()).append(step.joins()).append(")");
    }

    /** What a timeline entry has as a meeting, or as a statement. */
    private static SqlText byKind(ReadCompiler.Row entry, SqlText ofMeeting, SqlText ofStatement) {
        return new SqlText().append("CASE WHEN " + entry.alias() + ".kind = 'MEETING' THEN ").append(ofMeeting)
                .append(" ELSE ").append(ofStatement).append(" END");
    }

    /** The whole {@code list} of the rows that its junction links the row of id {@code parent} to. */
    private static SqlText through(ReadCompiler compiler, ExecutableNormalizedField field, JunctionList list,
            String parent) {
        Junction junction = list.junction();
        Table target = list.target();
        String child = compiler.alias();
        String link = compiler.alias();
        String from = junction.table() + " " + link + " JOIN " + target.name() + " " + child + " ON " + child
                + ".id = " + link + "." + junction.childColumn() + " WHERE " + link + "." + junction.parentColumn()
                + " = " + parent;
        return compiler.many(target.type(), field, child, new SqlText().append(from), list.order().apply(child));
    }

    /** The groups of a count as a JSON list, in their order. */
    private static SqlText counts(ReadCompiler compiler, ExecutableNormalizedField field, CountQueries.Counted counted) {
        ReadCompiler.Row bucket = ReadCompiler.Row.of(compiler.alias());
        SqlText object = compiler.object("CountBucket", bucket, field);
        return new SqlText().append("(SELECT coalesce(json_agg(").append(object).append(" ORDER BY " + bucket.alias()
                        + ".ord), '[]'::json) FROM (SELECT x.*, " + counted.countries() + " AS countries,"
                        + " row_number() OVER () AS ord FROM (")
                .append(counted.sql(), counted.params()).append(") x) " + bucket.alias()).append(bucket.joins())
                .append(")");
    }

    /** An enum argument as its constant of {@code type}; a missing one goes to the resolver, which reports it. */
    private static <E extends Enum<E>> E enumArgument(ExecutableNormalizedField field, String name, Class<E> type) {
        Object value = ReadCompiler.argument(field, name);
        if (value == null) {
            throw new NotDirect(name + " missing");
        }
        return Enum.valueOf(type, value instanceof Enum<?> e ? e.name() : value.toString());
    }

    /** The types argument as given (enum names), or null. */
    private static List<SearchType> types(Object value) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> names)) {
            throw new NotDirect("search types " + value);
        }
        List<SearchType> types = new ArrayList<>();
        for (Object name : names) {
            types.add(name == null ? null : SearchType.valueOf(name instanceof Enum<?> e ? e.name() : name.toString()));
        }
        return types;
    }

    /** The order the field's orderBy argument names among {@code orders}, else {@code defaultOrder}. */
    private static SortOrder order(ExecutableNormalizedField field, Class<? extends SortOrder> orders,
            SortOrder defaultOrder) {
        return order(field, "orderBy", orders, defaultOrder);
    }

    /** The order the field's argument {@code argument} names among {@code orders}, else {@code defaultOrder}. */
    private static SortOrder order(ExecutableNormalizedField field, String argument,
            Class<? extends SortOrder> orders, SortOrder defaultOrder) {
        Object value = orders == null ? null : ReadCompiler.argument(field, argument);
        if (value == null) {
            return defaultOrder;
        }
        String name = value instanceof Enum<?> e ? e.name() : value.toString();
        for (SortOrder order : orders.getEnumConstants()) {
            if (order.name().equals(name)) {
                return order;
            }
        }
        throw new NotDirect("orderBy " + name);
    }

    /** The fields of one object type. */
    final class Shape {

        private final String type;
        /** The table its rows are read from; null for a row that a query of its own derives. */
        private final Table table;
        private final Map<String, FieldReader> fields = new HashMap<>();

        private Shape(String type, Table table) {
            this.type = type;
            this.table = table;
        }

        FieldReader field(String name) {
            return fields.get(name);
        }

        private Shape field(String name, FieldReader reader) {
            fields.put(name, reader);
            return this;
        }

        /** The global ID, of the table's primary key. */
        private Shape id() {
            nodeTables.put(type, table.name());
            expect(table.name(), "id");
            fields.put("id", (compiler, row, f) -> new SqlText().append(GlobalId.sql(type, row.alias() + ".id")));
            return this;
        }

        /** Each column of the table that an API field shows as it is. */
        private Shape columns(Table columnsOf) {
            for (Column<?> column : columnsOf.columns()) {
                expect(columnsOf.name(), column.name());
                if (column.field() != null) {
                    fields.put(column.field(), (compiler, row, f) -> new SqlText().append(column.of(row.alias())));
                }
            }
            return this;
        }

        /** Pairs of field name and column name, of a row that a query of its own derives. */
        private Shape columns(String... fieldsAndColumns) {
            for (int i = 0; i < fieldsAndColumns.length; i += 2) {
                String column = fieldsAndColumns[i + 1];
                fields.put(fieldsAndColumns[i], (compiler, row, f) -> new SqlText().append(row.alias() + "." + column));
            }
            return this;
        }

        private Shape one(String name, String target, Join join) {
            fields.put(name, (compiler, row, f) -> {
                String child = compiler.alias();
                return compiler.one(target, f, row, child,
                        new SqlText().append(join.fromWhere(row.alias(), child, compiler.alias())));
            });
            return this;
        }

        /** A to-one relation through the foreign key {@code key}, a column of this type's table, to {@code target}. */
        private Shape oneById(String name, Table target, Column<Long> key) {
            if (key.table() != table) {
                throw new IllegalStateException(type + "." + name + ": " + key + " is not a column of " + table);
            }
            expect(target.name(), "id");
            fields.put(name, (compiler, row, f) -> compiler.oneById(target.type(), f, row, compiler.alias(),
                    target.name(), key.name()));
            return this;
        }

        /** A to-one relation through the column {@code key} of a derived row to {@code target}. */
        private Shape oneById(String name, Table target, String key) {
            expect(target.name(), "id");
            fields.put(name, (compiler, row, f) -> compiler.oneById(target.type(), f, row, compiler.alias(),
                    target.name(), key));
            return this;
        }

        /** A whole list along a foreign key, as its resolver reads it ({@link ChildList#read}). */
        private Shape many(String name, Table target, ChildList list) {
            if (!list.table().equals(target.name())) {
                throw new IllegalStateException(type + "." + name + ": " + list + " does not read " + target);
            }
            expect(list.table(), list.parentColumn());
            fields.put(name, (compiler, row, f) -> {
                String child = compiler.alias();
                return compiler.many(target.type(), f, child, new SqlText().append(list.table() + " " + child
                        + " WHERE " + child + "." + list.parentColumn() + " = " + row.alias() + ".id"),
                        list.order().apply(child));
            });
            return this;
        }

        /** A whole list through a link table, as its resolver reads it ({@link JunctionList#read}). */
        private Shape through(String name, JunctionList list) {
            expect(list.junction().table(), list.junction().parentColumn());
            expect(list.junction().table(), list.junction().childColumn());
            expect(list.target().name(), "id");
            fields.put(name, (compiler, row, f) -> ReadCatalog.through(compiler, f, list, row.alias() + ".id"));
            return this;
        }

        /**
         * A connection over each parent's {@code list} (first/after, last/before, pageInfo, totalCount), read as the
         * resolvers read it ({@link Pager#pageOfEach}): {@code list}'s FROM clause and match, correlated with the
         * parent's row, in its own order unless the client names another.
         */
        private Shape pageOf(String name, String target, ParentList list, Class<? extends SortOrder> orders) {
            fields.put(name, (compiler, row, f) -> {
                SortOrder order = orders == null ? list.order() : order(f, orders, list.order());
                Pager.Slice slice = slice(f);
                Where where = new Where().always(list.parentMatch().replace("k.id", row.alias() + ".id"));
                return compiler.page(target, f, list.from(), where, Pager.window(where, order, slice), order, slice,
                        false);
            });
            return this;
        }

        /**
         * A list that takes {@code first} (and {@code orderBy} when {@code orders} is given), read as the resolvers
         * read it ({@link Pager#firstOfEach}): {@code list}'s FROM clause over {@code t}, its match over the parent
         * key {@code k.id}, its own order unless the client names another.
         */
        private Shape firstOf(String name, String target, ParentList list, Class<? extends SortOrder> orders) {
            fields.put(name, (compiler, row, f) -> {
                SortOrder order = order(f, orders, list.order());
                int size = pager.size(ReadCompiler.intArgument(f, "first"));
                return compiler.firstOf(target, f, list.from(),
                        new SqlText().append(list.parentMatch().replace("k.id", row.alias() + ".id")), order, size);
            });
            return this;
        }
    }
}
