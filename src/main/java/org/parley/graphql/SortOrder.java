package org.parley.graphql;

/**
 * An order a list can be read in: its enum constant's name (written into cursors) and its {@link SortKey}.
 */
public interface SortOrder {

    /** The enum constant's name, written into cursors. */
    String name();

    /** What the list is sorted by, and in which direction. */
    SortKey key();

    default String keyExpression() {
        return key().expression();
    }

    default String keyType() {
        return key().type();
    }

    default boolean descending() {
        return key().descending();
    }

    /** An order under {@code name} (written into cursors) whose key is {@code key}. */
    static SortOrder of(String name, SortKey key) {
        record Named(String name, SortKey key) implements SortOrder {
        }
        return new Named(name, key);
    }
}
