package org.parley.write;

/**
 * Objects that refer to an object to delete, as SQL over its id ({@code :id}): how many there are, and what a
 * cascading delete does to them (deletes them, or clears or removes their reference). {@code :who} in the
 * statements is the caller's name, for the rows they update.
 *
 * @param what the objects in words, for errors, e.g. "statements the official made"
 * @param count a query of one number
 * @param cascade the statements that deal with them, in order
 */
public record Dependent(String what, String count, String... cascade) {

    /** Rows of {@code table} whose {@code column} refers to the object: with cascade, the reference is cleared. */
    public static Dependent cleared(String what, String table, String column) {
        return new Dependent(what, "SELECT count(*) FROM " + table + " WHERE " + column + " = :id",
                "UPDATE " + table + " SET " + column + " = NULL" + stamp(table) + " WHERE " + column + " = :id");
    }

    /** Rows of {@code table} that exist only through the object: with cascade, they are deleted. */
    public static Dependent deleted(String what, String table, String column) {
        return new Dependent(what, "SELECT count(*) FROM " + table + " WHERE " + column + " = :id",
                "DELETE FROM " + table + " WHERE " + column + " = :id");
    }

    /** The SET clause that records a change of a versioned row. */
    public static String stamp(String table) {
        return VERSIONED.contains(table) ? ", version = version + 1, updated_at = now(), updated_by = :who" : "";
    }

    private static final java.util.Set<String> VERSIONED = java.util.Set.of("country", "organization", "topic",
            "article", "official", "official_position", "forum", "bilateral_meeting", "statement");
}
