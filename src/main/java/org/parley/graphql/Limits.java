package org.parley.graphql;

/** Checks the size arguments that bound a question (first, maxNodes, maxHops) against their limits. */
public final class Limits {

    private Limits() {
    }

    /** {@code value}, or {@code defaultValue} when it is null; refused as bad input outside 1 to {@code max}. */
    public static int bounded(String argument, Integer value, int defaultValue, int max) {
        int bounded = value == null ? defaultValue : value;
        if (bounded < 1 || bounded > max) {
            throw new BadUserInputException(argument + " must be between 1 and " + max + " (was " + bounded + ").");
        }
        return bounded;
    }
}
