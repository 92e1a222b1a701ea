package org.parley.graphql;

/**
 * The sort key of a list order. The expression must never be NULL (nullable dates sort as '-infinity'), so that
 * the keyset comparison of a page always holds; the row's id breaks ties.
 *
 * @param expression SQL expression of the key, over the list's table alias {@code t}
 * @param type SQL type the key is cast back to when it comes from a cursor
 * @param descending whether the list runs from the largest key down
 */
public record SortKey(String expression, String type, boolean descending) {

    /** A nullable date column, unknown dates sorting as the earliest. */
    public static SortKey byDate(String column, boolean descending) {
        return new SortKey("coalesce(" + column + ", '-infinity'::date)", "date", descending);
    }

    public static SortKey ascending(String expression, String type) {
        return new SortKey(expression, type, false);
    }

    public static SortKey descending(String expression, String type) {
        return new SortKey(expression, type, true);
    }
}
