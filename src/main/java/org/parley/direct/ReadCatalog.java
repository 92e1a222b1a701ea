package org.parley.direct;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.normalized.ExecutableNormalizedField;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Pager;
import org.parley.graphql.SortOrder;
import org.parley.graphql.Where;
import org.parley.graphql.ParentList;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingLists;
import org.parley.meeting.MeetingOrder;
import org.parley.meeting.MeetingQueries;
import org.parley.official.OfficialFilter;
import org.parley.official.OfficialOrder;
import org.parley.official.OfficialQueries;
import org.parley.search.SearchQueries;
import org.parley.search.SearchType;
import org.parley.statement.StatementFilter;
import org.parley.statement.StatementOrder;
import org.parley.statement.StatementQueries;

/**
 * What each field of the graph reads, in SQL, for {@link ReadCompiler}: the same tables, conditions and orders as
 * the field's resolver, so that both ways give the same answer (DirectReadsTest checks them side by side). A field
 * that is not declared here (computed fields such as previousMeetingBetweenSides, network, counts) makes
 * the whole query go through the resolvers.
 * <p>
 * Relation templates take {@code %1$s} for the parent row's alias, {@code %2$s} for the child's and {@code %3$s}
 * for a link table's.
 */
@ApplicationScoped
class ReadCatalog {

    /** Writes the JSON value of one field of a row. */
    @FunctionalInterface
    interface FieldReader {
        SqlText read(ReadCompiler compiler, ReadCompiler.Row row, ExecutableNormalizedField field);
    }

    /** Writes the JSON value of one field of Query. */
    @FunctionalInterface
    interface RootReader {
        SqlText read(ReadCompiler compiler, ExecutableNormalizedField field);
    }

    private static final String LATEST_PUBLISHED = "coalesce(%2$s.published_on, '-infinity'::date) DESC, %2$s.id DESC";
    private static final String EARLIEST_SAID = "coalesce(%2$s.said_on, '-infinity'::date), %2$s.id";
    private static final String LATEST_STARTED = "coalesce(%2$s.start_date, '-infinity'::date) DESC, %2$s.id DESC";

    private final Pager pager;
    private final ObjectMapper json;
    private final Map<String, Shape> shapes = new HashMap<>();
    private final Map<String, RootReader> roots = new HashMap<>();

    ReadCatalog(Pager pager, ObjectMapper json) {
        this.pager = pager;
        this.json = json;

        define("Country").id().columns("code", "code", "name", "name", "version", "version")
                .many("officials", "Official", "official %2$s WHERE %2$s.country_id = %1$s.id", "%2$s.name, %2$s.id")
                .firstOf("meetings", "BilateralMeeting", MeetingLists.OF_COUNTRY)
                .firstOf("statementsAddressed", "Statement", "statement t", "t.addressee_country_id = k.id", null,
                        StatementOrder.SAID_ON_DESC);

        define("Organization").id().columns("name", "name", "shortName", "short_name", "kind", "kind", "version", "version")
                .oneById("country", "Country", "country", "country_id")
                .oneById("parent", "Organization", "organization", "parent_id");

        define("Topic").id().columns("name", "name", "description", "description", "version", "version");

        define("Official").id().columns("name", "name", "otherNames", "other_names", "version", "version")
                .oneById("country", "Country", "country", "country_id")
                .one("currentPosition", "Position", "official_position %2$s WHERE %2$s.official_id = %1$s.id"
                        + " AND %2$s.end_date IS NULL ORDER BY " + LATEST_STARTED)
                .many("positions", "Position", "official_position %2$s WHERE %2$s.official_id = %1$s.id", LATEST_STARTED)
                .firstOf("statements", "Statement", "statement t", "t.speaker_id = k.id", StatementOrder.class,
                        StatementOrder.SAID_ON_DESC)
                .firstOf("relayedStatements", "Statement", "statement t", "t.relayed_by_id = k.id", null,
                        StatementOrder.SAID_ON_DESC)
                .firstOf("meetings", "BilateralMeeting", MeetingLists.OF_OFFICIAL);

        define("Position").id().columns("title", "title", "startDate", "start_date", "endDate", "end_date",
                        "version", "version")
                .oneById("official", "Official", "official", "official_id")
                .oneById("organization", "Organization", "organization", "organization_id");

        define("Forum").id().columns("name", "name", "description", "description", "location", "location",
                        "startDate", "start_date", "endDate", "end_date", "durationDays", "duration_days",
                        "endDateText", "end_date_text", "participatingCountryCount", "participating_country_count",
                        "version", "version")
                .oneById("hostCountry", "Country", "country", "host_country_id")
                .oneById("hostOrganization", "Organization", "organization", "host_organization_id")
                .firstOf("meetings", "BilateralMeeting", "bilateral_meeting t", "t.forum_id = k.id", null,
                        MeetingOrder.HELD_ON_DESC);

        define("BilateralMeeting").id().columns("heldOn", "held_on", "dateText", "date_text", "location", "location",
                        "summary", "summary", "onSidelines", "on_sidelines", "notes", "notes", "version", "version")
                .oneById("forum", "Forum", "forum", "forum_id")
                .many("sides", "MeetingSide", "meeting_side %2$s WHERE %2$s.meeting_id = %1$s.id", "%2$s.side_no")
                .many("participants", "MeetingParticipant", "meeting_participant %2$s WHERE %2$s.meeting_id = %1$s.id",
                        "%2$s.official_id")
                .many("statements", "Statement", "statement %2$s WHERE %2$s.meeting_id = %1$s.id", EARLIEST_SAID)
                .many("topics", "Topic", "meeting_topic %3$s JOIN topic %2$s ON %2$s.id = %3$s.topic_id"
                        + " WHERE %3$s.meeting_id = %1$s.id", "%2$s.name, %2$s.id")
                .many("reportedBy", "Article", "meeting_article %3$s JOIN article %2$s ON %2$s.id = %3$s.article_id"
                        + " WHERE %3$s.meeting_id = %1$s.id", LATEST_PUBLISHED);

        define("MeetingSide").columns("number", "side_no")
                .oneById("country", "Country", "country", "country_id")
                .many("participants", "MeetingParticipant", "meeting_participant %2$s WHERE %2$s.side_id = %1$s.id",
                        "%2$s.official_id");

        define("MeetingParticipant")
                .oneById("official", "Official", "official", "official_id")
                .one("country", "Country", "meeting_side %3$s JOIN country %2$s ON %2$s.id = %3$s.country_id"
                        + " WHERE %3$s.id = %1$s.side_id")
                .oneById("position", "Position", "official_position", "position_id");

        define("Statement").id().columns("text", "text", "kind", "kind", "saidOn", "said_on", "dateText", "date_text",
                        "version", "version")
                .oneById("speaker", "Official", "official", "speaker_id")
                .oneById("speakerPosition", "Position", "official_position", "speaker_position_id")
                .oneById("relayedBy", "Official", "official", "relayed_by_id")
                .oneById("relayedByPosition", "Position", "official_position", "relayed_by_position_id")
                .oneById("addresseeCountry", "Country", "country", "addressee_country_id")
                .oneById("addresseeOrganization", "Organization", "organization", "addressee_organization_id")
                .oneById("meeting", "BilateralMeeting", "bilateral_meeting", "meeting_id")
                .many("articles", "Article", "statement_article %3$s JOIN article %2$s ON %2$s.id = %3$s.article_id"
                        + " WHERE %3$s.statement_id = %1$s.id", LATEST_PUBLISHED)
                .many("topics", "Topic", "statement_topic %3$s JOIN topic %2$s ON %2$s.id = %3$s.topic_id"
                        + " WHERE %3$s.statement_id = %1$s.id", "%2$s.name, %2$s.id");

        define("Article").id().columns("url", "url", "headline", "headline", "body", "body", "authors", "authors",
                        "publishedOn", "published_on", "version", "version")
                .oneById("publisher", "Organization", "organization", "publisher_id")
                .many("statements", "Statement", "statement_article %3$s JOIN statement %2$s ON %2$s.id = %3$s.statement_id"
                        + " WHERE %3$s.article_id = %1$s.id", EARLIEST_SAID)
                .many("meetings", "BilateralMeeting", "meeting_article %3$s JOIN bilateral_meeting %2$s"
                        + " ON %2$s.id = %3$s.meeting_id WHERE %3$s.article_id = %1$s.id",
                        "coalesce(%2$s.held_on, '-infinity'::date) DESC, %2$s.id DESC");

        // a search hit: the row h of SearchQueries.from, its node one of the rows joined there
        define("SearchHit")
                .field("type", (compiler, row, f) -> new SqlText().append(row.alias() + ".type"))
                // from 0 to 1; a whole number written as a Float (1.0), as the resolver's double is
                .field("score", (compiler, row, f) -> new SqlText().append("CASE WHEN " + row.alias() + ".score IN (0, 1)"
                        + " THEN to_json(" + row.alias() + ".score::numeric(2, 1)) ELSE to_json(" + row.alias() + ".score) END"))
                .field("snippet", (compiler, row, f) -> new SqlText().append(SearchQueries.snippet()))
                .field("node", (compiler, row, f) -> {
                    SqlText node = new SqlText().append("CASE " + row.alias() + ".type");
                    for (SearchType type : SearchType.values()) {
                        SearchQueries.HitRow hit = SearchQueries.row(type);
                        node.append(" WHEN '" + type + "' THEN ").append(compiler.object(hit.graphqlType(),
                                new ReadCompiler.Row(hit.alias(), row.joins()), f.getChildren()));
                    }
                    return node.append(" END");
                });
        roots.put("search", this::search);

        byId("country", "Country", "country");
        byId("organization", "Organization", "organization");
        byId("topic", "Topic", "topic");
        byId("official", "Official", "official");
        byId("forum", "Forum", "forum");
        byId("meeting", "BilateralMeeting", "bilateral_meeting");
        byId("statement", "Statement", "statement");
        byId("article", "Article", "article");
        page("officials", "Official", "official t", OfficialOrder.class, OfficialOrder.NAME_ASC,
                filter -> OfficialQueries.where(filter == null ? null : this.json.convertValue(filter, OfficialFilter.class)),
                filter -> false);
        // two countries' meetings: PostgreSQL merges the two countries' lists in full, whatever the page size
        page("meetings", "BilateralMeeting", "bilateral_meeting t", MeetingOrder.class, MeetingOrder.HELD_ON_DESC,
                filter -> MeetingQueries.where(filter == null ? null : this.json.convertValue(filter, MeetingFilter.class)),
                filter -> filter instanceof Map<?, ?> fields && fields.get("betweenCountries") != null);
        page("statements", "Statement", "statement t", StatementOrder.class, StatementOrder.SAID_ON_DESC,
                filter -> StatementQueries.where(
                        filter == null ? null : this.json.convertValue(filter, StatementFilter.class)),
                filter -> false);
    }

    Shape shape(String type) {
        return shapes.get(type);
    }

    /** Every field declared here, as {@code Type.field}. */
    Set<String> declaredFields() {
        Set<String> all = new TreeSet<>();
        shapes.forEach((type, shape) -> shape.fields.keySet().forEach(field -> all.add(type + "." + field)));
        roots.keySet().forEach(field -> all.add("Query." + field));
        return all;
    }

    RootReader root(String field) {
        return roots.get(field);
    }

    private Shape define(String type) {
        Shape shape = new Shape(type);
        shapes.put(type, shape);
        return shape;
    }

    /** {@code field(id: ID!)}: the row with that ID, or null. */
    private void byId(String field, String type, String table) {
        roots.put(field, (compiler, f) -> {
            Object id = ReadCompiler.argument(f, "id");
            if (!(id instanceof String text)) {
                throw new NotDirect(field + " without an id");
            }
            return compiler.byId(type, table, f, GlobalId.decode(type, text));
        });
    }

    /**
     * {@code field(filter, orderBy, first, after)}: a page of a connection; {@code fewRows} says of a filter whether
     * its rows are few enough to count in the page's own pass (see {@link ReadCompiler#page}).
     */
    private void page(String field, String type, String from, Class<? extends SortOrder> orders,
            SortOrder defaultOrder, Function<Object, Where> filter, Predicate<Object> fewRows) {
        roots.put(field, (compiler, f) -> {
            SortOrder order = order(f, orders, defaultOrder);
            int size = pager.size(ReadCompiler.intArgument(f, "first"));
            String after = (String) ReadCompiler.argument(f, "after");
            Object filterValue = ReadCompiler.argument(f, "filter");
            Where where = filter.apply(filterValue);
            return compiler.page(type, f, from, where, Pager.after(where, order, after), order, size, after != null,
                    fewRows.test(filterValue));
        });
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
        Object value = orders == null ? null : ReadCompiler.argument(field, "orderBy");
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
        private final Map<String, FieldReader> fields = new HashMap<>();

        private Shape(String type) {
            this.type = type;
        }

        FieldReader field(String name) {
            return fields.get(name);
        }

        private Shape field(String name, FieldReader reader) {
            fields.put(name, reader);
            return this;
        }

        private Shape id() {
            String expression = ReadCompiler.globalId(type, "%s");
            fields.put("id", (compiler, row, f) -> new SqlText().append(expression.replace("%s", row.alias())));
            return this;
        }

        /** Pairs of field name and column name. */
        private Shape columns(String... fieldsAndColumns) {
            for (int i = 0; i < fieldsAndColumns.length; i += 2) {
                String column = fieldsAndColumns[i + 1];
                fields.put(fieldsAndColumns[i], (compiler, row, f) -> new SqlText().append(row.alias() + "." + column));
            }
            return this;
        }

        private Shape one(String name, String target, String fromWhere) {
            fields.put(name, (compiler, row, f) -> {
                String child = compiler.alias();
                return compiler.one(target, f, row, child,
                        new SqlText().append(String.format(fromWhere, row.alias(), child, compiler.alias())));
            });
            return this;
        }

        /** A to-one relation through the parent's foreign key {@code column} to {@code table}'s id. */
        private Shape oneById(String name, String target, String table, String column) {
            fields.put(name, (compiler, row, f) -> compiler.oneById(target, f, row, compiler.alias(), table, column));
            return this;
        }

        private Shape many(String name, String target, String fromWhere, String orderBy) {
            fields.put(name, (compiler, row, f) -> {
                String child = compiler.alias();
                String link = compiler.alias();
                return compiler.many(target, f, child,
                        new SqlText().append(String.format(fromWhere, row.alias(), child, link)),
                        String.format(orderBy, row.alias(), child, link));
            });
            return this;
        }

        /**
         * A list that takes {@code first} (and {@code orderBy} when {@code orders} is given), in the form
         * {@link Pager#firstOfEach} reads it: {@code from} over {@code t}, {@code match} over the parent key {@code k.id}.
         */
        private Shape firstOf(String name, String target, ParentList list) {
            return firstOf(name, target, list.from(), list.parentMatch(), null, list.order());
        }

        private Shape firstOf(String name, String target, String from, String match,
                Class<? extends SortOrder> orders, SortOrder defaultOrder) {
            fields.put(name, (compiler, row, f) -> {
                SortOrder order = order(f, orders, defaultOrder);
                int size = pager.size(ReadCompiler.intArgument(f, "first"));
                return compiler.firstOf(target, f, from, new SqlText().append(match.replace("k.id", row.alias() + ".id")),
                        order, size);
            });
            return this;
        }
    }
}
