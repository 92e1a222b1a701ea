package org.parley.stats;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.parley.country.Country;
import org.parley.country.CountryQueries;
import org.parley.graphql.Batch;
import org.parley.graphql.Db;
import org.parley.graphql.Limits;
import org.parley.graphql.Where;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingQueries;
import org.parley.statement.StatementFilter;
import org.parley.statement.StatementQueries;
import org.parley.topic.Topic;

/** Grouped counts of meetings and statements, under the same filters as their lists, in one GROUP BY each. */
@ApplicationScoped
public class CountQueries {

    public static final int MAX_GROUPS = 100;
    public static final int DEFAULT_GROUPS = 50;

    private final Db db;
    private final CountryQueries countries;

    public CountQueries(Db db, CountryQueries countries) {
        this.db = db;
        this.countries = countries;
    }

    public List<CountBucket> meetings(MeetingGrouping by, MeetingFilter filter, Integer first) {
        return count("bilateral_meeting t", by.grouping, MeetingQueries.where(filter), first, true);
    }

    public List<CountBucket> statements(StatementGrouping by, StatementFilter filter, Integer first) {
        return count("statement t", by.grouping, StatementQueries.where(filter), first, true);
    }

    /** {@link #meetings} counted from the meetings themselves, even where the aggregates could answer. */
    List<CountBucket> meetingsFromBaseTables(MeetingGrouping by, MeetingFilter filter, Integer first) {
        return count("bilateral_meeting t", by.grouping, MeetingQueries.where(filter), first, false);
    }

    /** {@link #statements} counted from the statements themselves, even where the aggregates could answer. */
    List<CountBucket> statementsFromBaseTables(StatementGrouping by, StatementFilter filter, Integer first) {
        return count("statement t", by.grouping, StatementQueries.where(filter), first, false);
    }

    /** The topics of the groups by topic, in the groups' order (null for other groups). */
    public List<Topic> topicsOf(List<CountBucket> buckets) {
        Function<CountBucket, Long> topicId = b -> b.idOf("topic");
        List<Topic> topics = db.byIds(Topic.TABLE, Batch.keys(buckets, topicId), Topic::from);
        return Batch.toOne(buckets, topicId, topics, tp -> tp.dbId);
    }

    /** The countries of each group: both of a pair, or the one of a speaker's country; in the groups' order. */
    public List<List<Country>> countriesOf(List<CountBucket> buckets) {
        List<Long> ids = new ArrayList<>();
        for (CountBucket b : buckets) {
            if ("country".equals(b.target)) {
                ids.add(b.id1);
                ids.add(b.id2);
            }
        }
        Map<Long, Country> byId = new HashMap<>();
        for (Country c : countries.byIds(ids.stream().filter(Objects::nonNull).mapToLong(Long::longValue).distinct().toArray())) {
            byId.put(c.dbId, c);
        }
        return buckets.stream().map(b -> "country".equals(b.target)
                ? Stream.of(b.id1, b.id2).filter(Objects::nonNull).map(byId::get).toList()
                : List.<Country>of()).toList();
    }

    /**
     * The groups, largest or earliest first. Without a filter they come from the aggregates (a few hundred rows at
     * most, whatever the number of meetings and statements); a filter needs the rows it selects, so it is counted
     * from them. Both give the same groups, labelled and ordered by the same SQL.
     */
    private List<CountBucket> count(String table, Grouping grouping, Where where, Integer first, boolean aggregates) {
        Counted counted = counted(table, grouping, where, first, aggregates);
        return db.list(counted.sql(), counted.params(), rs -> CountBucket.from(rs, grouping.target()));
    }

    /**
     * The SQL of a count, for the resolvers and the single statement alike: its groups in order, each row with
     * {@code id1, id2, period, kind, n, label}, and {@code forum_id} and {@code topic_id} set where the group stands
     * for one; {@code countries} says whether id1 and id2 are the group's countries.
     */
    public record Counted(String sql, List<Object> params, boolean countries) {
    }

    public static Counted meetingsCounted(MeetingGrouping by, MeetingFilter filter, Integer first) {
        return counted("bilateral_meeting t", by.grouping, MeetingQueries.where(filter), first, true);
    }

    public static Counted statementsCounted(StatementGrouping by, StatementFilter filter, Integer first) {
        return counted("statement t", by.grouping, StatementQueries.where(filter), first, true);
    }

    private static Counted counted(String table, Grouping grouping, Where where, Integer first, boolean aggregates) {
        int size = Limits.bounded("first", first, DEFAULT_GROUPS, MAX_GROUPS);
        String order = grouping.chronological() ? "g.period ASC NULLS LAST" : "g.n DESC, label";
        String groups = aggregates && where.isEmpty() ? grouping.counted()
                : "SELECT " + grouping.keys() + ", count(*) AS n FROM " + table + " " + grouping.join() + " WHERE "
                        + where.sql() + " GROUP BY 1, 2, 3, 4";
        String sql = "SELECT g.*, coalesce(" + grouping.label() + ", 'unknown') AS label, "
                + ("forum".equals(grouping.target()) ? "g.id1" : "CAST(NULL AS bigint)") + " AS forum_id, "
                + ("topic".equals(grouping.target()) ? "g.id1" : "CAST(NULL AS bigint)") + " AS topic_id FROM ("
                + groups + ") g " + grouping.labelJoin() + " ORDER BY " + order + ", g.id1, g.id2 LIMIT " + size;
        return new Counted(sql, where.params(), "country".equals(grouping.target()));
    }
}
