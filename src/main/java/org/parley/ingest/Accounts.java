package org.parley.ingest;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a statement's other sources say of its day (their accounts, V18), and how a value the sources give is
 * settled from all of them, the same whatever order they are imported in: the one they agree on, or, when they
 * disagree, the least (the earliest day, the first words A to Z); each source's own stays in its account.
 *
 * @param days the days the other sources state
 * @param words the other sources' words for the day
 */
record Accounts(Set<LocalDate> days, Set<String> words) {

    static final Accounts NONE = new Accounts(Set.of(), Set.of());

    /** The value settled from the other sources' and this one's ({@code incoming}), or null if none gives one. */
    static <T extends Comparable<? super T>> T settle(Set<T> others, T incoming) {
        return Stream.concat(others.stream(), Stream.ofNullable(incoming)).min(Comparator.naturalOrder()).orElse(null);
    }
}
