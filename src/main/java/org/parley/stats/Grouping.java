package org.parley.stats;

/**
 * How one grouping of a count reads its rows: the joins it needs from the counted table {@code t}, the key columns
 * {@code id1, id2, period, kind} it groups by (NULL where unused), and the label of each group.
 *
 * @param join joins from {@code t} that the keys need, or empty
 * @param keys the select list of the four keys, over {@code t} and the joins
 * @param labelJoin joins from the grouped row {@code g} that the label needs, or empty
 * @param label the label expression over {@code g} and labelJoin; NULL becomes "unknown"
 * @param chronological whether groups come in time order rather than largest first
 * @param target the table that {@code id1} and {@code id2} point at (country, forum, topic), or null
 * @param counted the same groups without a filter, read from the aggregates that triggers keep (migration V4):
 *        a select of {@code id1, id2, period, kind, n}
 */
record Grouping(String join, String keys, String labelJoin, String label, boolean chronological, String target,
        String counted) {

    /** Groups by one foreign key, labelled by the name in {@code table}; kept in group_count as {@code counted}. */
    static Grouping byId(String join, String idExpression, String table, String counted) {
        return byId(join, idExpression, table, counted, "l1.name");
    }

    /** The same, labelled by {@code label}, an expression over the row {@code l1} of {@code table}. */
    static Grouping byId(String join, String idExpression, String table, String counted, String label) {
        return new Grouping(join, keys(idExpression, "NULL", "NULL", "NULL"),
                "LEFT JOIN " + table + " l1 ON l1.id = g.id1", label, false, table, groupCount(counted));
    }

    /**
     * Groups by the month or year a date column falls in; unknown dates make a group of their own. The aggregate
     * keeps months ({@code monthGroup} of group_count); years are summed from them.
     */
    static Grouping byPeriod(String unit, String dateColumn, String monthGroup) {
        String format = unit.equals("year") ? "YYYY" : "YYYY-MM";
        String counted = unit.equals("month") ? groupCount(monthGroup)
                : "SELECT id1, id2, CAST(date_trunc('year', period) AS date) AS period, kind, sum(n) AS n"
                        + " FROM group_count WHERE grouping = '" + monthGroup + "' GROUP BY 1, 2, 3, 4";
        return new Grouping("", keys("NULL", "NULL", "CAST(date_trunc('" + unit + "', " + dateColumn + ") AS date)",
                "NULL"), "", "to_char(g.period, '" + format + "')", true, null, counted);
    }

    /** The rows of one grouping of group_count, as the aggregate of the whole table. */
    static String groupCount(String grouping) {
        return "SELECT id1, id2, period, kind, n FROM group_count WHERE grouping = '" + grouping + "'";
    }

    static String keys(String id1, String id2, String period, String kind) {
        return "CAST(" + id1 + " AS bigint) AS id1, CAST(" + id2 + " AS bigint) AS id2, CAST(" + period
                + " AS date) AS period, CAST(" + kind + " AS text) AS kind";
    }
}
