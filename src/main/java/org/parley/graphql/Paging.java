package org.parley.graphql;

/** The descriptions of a connection's paging arguments, the same on every connection. */
public final class Paging {

    public static final String FIRST = "How many to return from the start, or after `after` (at most the server's"
            + " maximum page size).";
    public static final String AFTER = "Cursor after which the page starts (pageInfo.endCursor of the page before).";
    public static final String LAST = "How many to return from the end, or before `before` (at most the server's"
            + " maximum page size); instead of first.";
    public static final String BEFORE = "Cursor before which the page ends (pageInfo.startCursor of the page after it);"
            + " with last.";

    private Paging() {
    }
}
