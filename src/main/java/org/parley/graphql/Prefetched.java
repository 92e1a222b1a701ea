package org.parley.graphql;

/**
 * An API object that may carry the values of some of its relation fields, read in the same statement as the
 * object itself (a to-one relation joined into its parent's query). Such a field is then answered from the object,
 * without a batch and without SmallRye's work per item; the others go through their batched resolvers.
 */
public interface Prefetched {

    /** The relations read with this object. */
    Prefetch prefetch();
}
