package org.parley.ingest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a document's values to an entity and remembers whether any of them differed, which
 * makes the entity "updated" rather than "matched".
 */
final class Changes {

    private boolean changed;

    boolean changed() {
        return changed;
    }

    /** The document's value when it gives one: an absent value keeps what another source recorded. */
    <T> T given(T current, T incoming) {
        return incoming == null ? current : exact(current, incoming);
    }

    /** The document's value, even when absent: for what the document alone describes (its article). */
    <T> T exact(T current, T incoming) {
        if (!Objects.equals(current, incoming)) {
            changed = true;
            return incoming;
        }
        return current;
    }

    /** The known values followed by the document's new ones. */
    List<String> union(List<String> current, List<String> incoming) {
        List<String> merged = new ArrayList<>(current);
        for (String value : incoming) {
            if (!merged.contains(value)) {
                merged.add(value);
            }
        }
        return merged.size() == current.size() ? current : mark(merged);
    }

    /** Adds the document's elements to a relation. */
    <T> void addAll(Collection<T> target, Collection<? extends T> incoming) {
        for (T element : incoming) {
            if (element != null && !target.contains(element)) {
                target.add(element);
                changed = true;
            }
        }
    }

    /** Takes the given elements off a relation. */
    <T> void removeAll(Collection<T> target, Collection<? extends T> outgoing) {
        if (target.removeAll(outgoing)) {
            changed = true;
        }
    }

    /** Makes a relation hold exactly the document's elements. */
    <T> void replaceAll(Set<T> target, Set<T> incoming) {
        if (!target.equals(incoming)) {
            target.retainAll(incoming);
            target.addAll(incoming);
            changed = true;
        }
    }

    /** Records a change made outside these methods. */
    <T> T mark(T value) {
        changed = true;
        return value;
    }
}
