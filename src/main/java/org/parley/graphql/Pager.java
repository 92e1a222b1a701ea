package org.parley.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads one page of a list by keyset: the rows after the cursor's (sort key, id) in the list's
 * order, so that pages stay stable while rows are added. Fetches one row more than asked to know
 * whether a next page exists.
 */
@ApplicationScoped
public class Pager {

    private final Db db;
    private final Context context;
    private final int maxSize;
    private final int defaultSize;

    public Pager(Db db, Context context, @ConfigProperty(name = "parley.page.max-size") int maxSize,
            @ConfigProperty(name = "parley.page.default-size") int defaultSize) {
        this.db = db;
        this.context = context;
        this.maxSize = maxSize;
        this.defaultSize = defaultSize;
    }

    /**
     * Which page of a list a request asks for: the {@code size} rows after {@code cursor} in the list's order
     * ({@code first}/{@code after}), or, {@code backward}, the {@code size} rows before it ({@code last}/{@code before});
     * without a cursor, the first or the last rows of the list.
     */
    public record Slice(int size, String cursor, boolean backward) {

        /** Whether the rows are read against the list's order, {@code order} being the list's. */
        public boolean scansDescending(SortOrder order) {
            return order.descending() != backward;
        }

        /** The list's order or its reverse, as this slice scans: " ASC" or " DESC". */
        public String scan(SortOrder order) {
            return scansDescending(order) ? " DESC" : " ASC";
        }
    }

    /**
     * The page that {@code first}/{@code after} or {@code last}/{@code before} ask for, checked: a page size within
     * the maximum, and one direction only.
     */
    public Slice slice(Integer first, String after, Integer last, String before) {
        if (last != null || before != null) {
            if (first != null || after != null) {
                throw new BadUserInputException("Page forward with `first` and `after`, or backward with `last` and"
                        + " `before`, not both at once.");
            }
            return new Slice(size("last", last), before, true);
        }
        return new Slice(size("first", first), after, false);
    }

    /**
     * @param select the columns the mapper reads, over the list's table aliases
     * @param from the FROM clause, whose main table has the alias {@code t} with an {@code id} column
     */
    public <T> Page<T> page(String select, String from, Where where, SortOrder order, Slice slice,
            Db.RowMapper<T> mapper) {
        int size = slice.size();
        Where pageWhere = window(where, order, slice);
        String scan = slice.scan(order);
        boolean wantsTotal = wantsTotal();
        List<Object> params = new ArrayList<>();
        String total = "";
        if (wantsTotal) {
            // an uncorrelated sub-select runs once, so the page and its total cost one statement
            total = ", (SELECT count(*) FROM " + from + " WHERE " + where.sql() + ") AS total_count";
            params.addAll(where.params());
        }
        params.addAll(pageWhere.params());
        String sql = "SELECT " + select + ", CAST(" + order.keyExpression() + " AS text) AS sort_key, t.id AS sort_id"
                + total + " FROM " + from + " WHERE " + pageWhere.sql()
                + " ORDER BY " + order.keyExpression() + scan + ", t.id" + scan
                + " LIMIT " + (size + 1);
        long[] counted = {-1};
        List<Page.Item<T>> items = db.list(sql, params, rs -> {
            if (wantsTotal) {
                counted[0] = rs.getLong("total_count");
            }
            return new Page.Item<>(encodeCursor(order, rs.getString("sort_key"), rs.getLong("sort_id")), mapper.map(rs));
        });
        Integer totalCount = null;
        if (wantsTotal) {
            // a page past the end has no row to carry the total: only then is it counted on its own
            totalCount = (int) (counted[0] >= 0 ? counted[0] : slice.cursor() == null ? 0
                    : db.count("SELECT count(*) FROM " + from + " WHERE " + where.sql(), where.params()));
        }
        return page(items, slice, totalCount);
    }

    /**
     * A page of each parent's {@code list}, as {@link #page} reads one: one LATERAL join over the parents' keys,
     * each parent's rows read from the cursor through the list's index, and its total counted in the same
     * statement.
     *
     * @param select the columns the mapper reads, over the list's table aliases
     */
    public <P, C> List<Page<C>> pageOfEach(List<P> parents, ToLongFunction<P> parentId, String select,
            ParentList list, Slice slice, Db.RowMapper<C> mapper) {
        SortOrder order = list.order();
        String scan = slice.scan(order);
        Where rows = window(new Where().always(list.parentMatch()), order, slice);
        // a batched field cannot tell whether totalCount is selected: each parent's list is counted, through the
        // same index the page is read by
        boolean wantsTotal = true;
        long[] keys = parents.stream().mapToLong(parentId).distinct().toArray();
        List<Object> params = new ArrayList<>(rows.params());
        params.add(0, keys);
        // LEFT JOIN: a parent with no row on this page still gets one, to carry its total
        String sql = "SELECT k.id AS parent_id, x.*"
                + (wantsTotal ? ", (SELECT count(*) FROM " + list.from() + " WHERE " + list.parentMatch() + ") AS total_count" : "")
                + " FROM unnest(CAST(? AS bigint[])) AS k(id) LEFT JOIN LATERAL (SELECT " + select + ", CAST("
                + order.keyExpression() + " AS text) AS sort_key, " + order.keyExpression() + " AS lateral_key,"
                + " t.id AS sort_id FROM " + list.from() + " WHERE " + rows.sql() + " ORDER BY "
                + order.keyExpression() + scan + ", t.id" + scan + " LIMIT " + (slice.size() + 1) + ") x ON true"
                + " ORDER BY k.id, x.lateral_key" + scan + ", x.sort_id" + scan;
        Map<Long, List<Page.Item<C>>> items = new HashMap<>();
        Map<Long, Integer> totals = new HashMap<>();
        db.list(sql, params, rs -> {
            long parent = rs.getLong("parent_id");
            List<Page.Item<C>> mine = items.computeIfAbsent(parent, k -> new ArrayList<>());
            if (wantsTotal) {
                totals.put(parent, rs.getInt("total_count"));
            }
            if (rs.getObject("sort_id") != null) {
                mine.add(new Page.Item<>(encodeCursor(order, rs.getString("sort_key"), rs.getLong("sort_id")),
                        mapper.map(rs)));
            }
            return parent;
        });
        List<Page<C>> pages = new ArrayList<>(parents.size());
        for (P parent : parents) {
            long key = parentId.applyAsLong(parent);
            pages.add(page(items.getOrDefault(key, List.of()), slice, wantsTotal ? totals.getOrDefault(key, 0) : null));
        }
        return pages;
    }

    /** The page of {@code items}, read with one row more than the slice's size to know whether more follow. */
    private static <T> Page<T> page(List<Page.Item<T>> items, Slice slice, Integer totalCount) {
        int size = slice.size();
        boolean more = items.size() > size;
        List<Page.Item<T>> page = new ArrayList<>(more ? items.subList(0, size) : items);
        if (slice.backward()) {
            Collections.reverse(page); // read from the cursor back, shown in the list's order
        }
        boolean hasCursor = slice.cursor() != null;
        PageInfo info = new PageInfo(slice.backward() ? hasCursor : more, slice.backward() ? more : hasCursor,
                page.isEmpty() ? null : page.get(0).cursor(),
                page.isEmpty() ? null : page.get(page.size() - 1).cursor());
        return new Page<>(List.copyOf(page), info, totalCount);
    }

    /**
     * The first {@code first} rows of each parent's {@code list}: one LATERAL join over the parents' keys, so that
     * each parent reads only its first rows through an index however long its list is (a window function over
     * {@code parent_id IN (...)} would read every row of every parent).
     *
     * @param select the columns the mapper reads, over the list's table aliases
     */
    public <P, C> List<List<C>> firstOfEach(List<P> parents, ToLongFunction<P> parentId, String select,
            ParentList list, Integer first, Db.RowMapper<C> mapper) {
        int size = size(first);
        SortOrder order = list.order();
        String direction = order.descending() ? " DESC" : " ASC";
        long[] keys = parents.stream().mapToLong(parentId).distinct().toArray();
        String sql = "SELECT k.id AS parent_id, x.* FROM unnest(CAST(? AS bigint[])) AS k(id) CROSS JOIN LATERAL (SELECT "
                + select + ", " + order.keyExpression() + " AS lateral_key, t.id AS lateral_id FROM " + list.from()
                + " WHERE " + list.parentMatch() + " ORDER BY " + order.keyExpression() + direction + ", t.id" + direction
                + " LIMIT " + size + ") x ORDER BY k.id, x.lateral_key" + direction + ", x.lateral_id" + direction;
        List<Batch.Keyed<C>> rows = db.list(sql, List.of(keys),
                rs -> new Batch.Keyed<>(rs.getLong("parent_id"), mapper.map(rs)));
        return Batch.toManyKeyed(parents, parentId, rows);
    }

    /**
     * {@code where} and, when the slice has a cursor, the condition that keeps only the rows after it (before it,
     * for a backward slice) in {@code order}; {@code where} itself is left as it is, for the count.
     */
    public static Where window(Where where, SortOrder order, Slice slice) {
        Where pageWhere = where.copy();
        if (slice.cursor() != null) {
            String[] cursor = decodeCursor(slice.cursor(), order);
            pageWhere.always("(" + order.keyExpression() + ", t.id) " + (slice.scansDescending(order) ? "<" : ">")
                    + " (CAST(? AS " + order.keyType() + "), ?)", cursor[0], Long.parseLong(cursor[1]));
        }
        return pageWhere;
    }

    /** Whether the field being resolved asks for totalCount: the count is a second statement, so only then. */
    private boolean wantsTotal() {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        return env == null || env.getSelectionSet().contains("totalCount");
    }

    /** The most items a page, or a list of IDs, may hold ({@code parley.page.max-size}). */
    public int maxSize() {
        return maxSize;
    }

    /** The page size {@code first} asks for, checked against the maximum; the default when null. */
    public int size(Integer first) {
        return size("first", first);
    }

    private int size(String argument, Integer asked) {
        if (asked == null) {
            return defaultSize;
        }
        if (asked < 1 || asked > maxSize) {
            throw new BadUserInputException(argument + " must be between 1 and " + maxSize + " (was " + asked
                    + "); read longer lists page by page with `" + (argument.equals("last") ? "before" : "after")
                    + "`.");
        }
        return asked;
    }

    static String encodeCursor(SortOrder order, String key, long id) {
        return Base64Url.encode(order.name() + '\n' + key + '\n' + id);
    }

    /** {@link #encodeCursor} in SQL, of the sort key and id that {@code key} and {@code id} (SQL expressions) give. */
    public static String cursorSql(SortOrder order, String key, String id) {
        return Base64Url.sql("'" + order.name() + "' || E'\\n' || " + key + " || E'\\n' || " + id);
    }

    private static String[] decodeCursor(String cursor, SortOrder order) {
        String[] parts;
        try {
            parts = Base64Url.decode(cursor).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw badCursor(cursor);
        }
        if (parts.length != 3) {
            throw badCursor(cursor);
        }
        if (!parts[0].equals(order.name())) {
            throw new BadUserInputException("The cursor '" + BadUserInputException.quote(cursor)
                    + "' belongs to a list ordered by " + BadUserInputException.quote(parts[0])
                    + ", not " + order.name() + "; request the first page again in this order.");
        }
        try {
            Long.parseLong(parts[2]);
            if (order.keyType().equals("date") && !parts[1].equals("-infinity")) {
                java.time.LocalDate.parse(parts[1]);
            }
            if (order.keyType().equals("bigint")) {
                Long.parseLong(parts[1]);
            }
        } catch (RuntimeException e) {
            throw badCursor(cursor);
        }
        return new String[] {parts[1], parts[2]};
    }

    private static BadUserInputException badCursor(String cursor) {
        return new BadUserInputException("'" + BadUserInputException.quote(cursor) + "' is not a cursor of this "
                + "list; pass the cursor or pageInfo.endCursor of a page you read, or leave `after` out to start "
                + "from the first page.");
    }
}
