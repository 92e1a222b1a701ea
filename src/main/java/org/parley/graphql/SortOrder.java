package org.parley.graphql;

/**
 * An order a list can be read in. The key expression must never be NULL (nullable dates sort as
 * '-infinity'), so that the keyset comparison of a page always holds; the row's id breaks ties.
 */
public interface SortOrder {

    /** The enum constant's name, written into cursors. */
    String name();

    /** SQL expression of the sort key, over the list's table alias. */
    String keyExpression();

    /** SQL type the key is cast back to when it comes from a cursor. */
    String keyType();

    boolean descending();
}
