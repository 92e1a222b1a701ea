package org.parley.graphql;

/**
 * An API object that may carry a to-one relation read in its own statement (joined into its parent's query).
 * The {@link Prefetcher} then answers that relation from the objects, without a statement of its own.
 */
public interface Joined {

    /** The value joined for {@code field} (null when the relation is empty), or {@link #NOT_JOINED}. */
    Object joined(String field);

    /** Marks a relation that was not joined. */
    Object NOT_JOINED = new Object();
}
