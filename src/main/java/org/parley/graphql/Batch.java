package org.parley.graphql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Puts the rows of one batched query back in the order of the parents that asked for them. */
public final class Batch {

    private Batch() {
    }

    /** The distinct non-null keys of the parents, for {@code = ANY(?)}. */
    public static <P> long[] keys(Collection<P> parents, Function<P, Long> key) {
        return parents.stream().map(key).filter(java.util.Objects::nonNull).mapToLong(Long::longValue)
                .distinct().toArray();
    }

    /** For each parent, the child whose id is the parent's foreign key (or null). */
    public static <P, C> List<C> toOne(List<P> parents, Function<P, Long> foreignKey, List<C> children,
            ToLongFunction<C> childId) {
        Map<Long, C> byId = new HashMap<>();
        for (C child : children) {
            byId.put(childId.applyAsLong(child), child);
        }
        List<C> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            Long key = foreignKey.apply(parent);
            result.add(key == null ? null : byId.get(key));
        }
        return result;
    }

    /** A child row together with the key of the parent it was fetched for (a row may serve many parents). */
    public record Keyed<C>(long parentId, C value) {
    }

    /** For each parent, its rows (each fetched with its parent's key), in the order the query returned them. */
    public static <P, C> List<List<C>> toManyKeyed(List<P> parents, ToLongFunction<P> parentId, List<Keyed<C>> rows) {
        Map<Long, List<C>> byParent = new HashMap<>();
        for (Keyed<C> row : rows) {
            byParent.computeIfAbsent(row.parentId(), k -> new ArrayList<>()).add(row.value());
        }
        List<List<C>> result = new ArrayList<>(parents.size());
        for (P parent : parents) {
            result.add(byParent.getOrDefault(parentId.applyAsLong(parent), List.of()));
        }
        return result;
    }
}
