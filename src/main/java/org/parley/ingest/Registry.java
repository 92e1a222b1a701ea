package org.parley.ingest;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The entries of one type that a document defines, and how references to that type resolve: a
 * local key, then the name of one entry of the document, then the name of one existing row.
 */
final class Registry<E> {

    private final String type;
    private final UnaryOperator<String> normalize;
    private final Function<String, List<E>> existing;
    private final Map<String, E> byKey = new HashMap<>();
    private final Map<String, Set<E>> byName = new HashMap<>();
    private final Set<E> defined = new LinkedHashSet<>();

    /**
     * @param type the type's name in error messages
     * @param normalize how a reference is cleaned before it is looked up
     * @param existing the rows of the database with this name
     */
    Registry(String type, UnaryOperator<String> normalize, Function<String, List<E>> existing) {
        this.type = type;
        this.normalize = normalize;
        this.existing = existing;
    }

    /** Records an entry of the document; {@code where} names it in errors. */
    void define(String key, String name, E entity, String where) {
        if (!defined.add(entity)) {
            throw new InvalidImportException(where, "describes the same " + type
                    + " as an earlier entry; describe each " + type + " once.");
        }
        String cleanKey = Text.clean(key);
        if (cleanKey != null && byKey.putIfAbsent(cleanKey, entity) != null) {
            throw new InvalidImportException(where, "uses the key '" + cleanKey + "' of an earlier " + type
                    + "; keys must be unique per type.");
        }
        if (name != null) {
            byName.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(entity);
        }
    }

    /** The entity {@code reference} names, or null when there is no reference. */
    E resolve(String reference, String usedBy) {
        String ref = normalize.apply(reference);
        if (ref == null) {
            return null;
        }
        E byLocalKey = byKey.get(ref);
        if (byLocalKey != null) {
            return byLocalKey;
        }
        Set<E> named = byName.getOrDefault(ref, Set.of());
        if (named.size() > 1) {
            throw new InvalidImportException(usedBy, "refers to " + type + " '" + ref + "', which "
                    + named.size() + " entries of the document have as their name; give them keys and use a key.");
        }
        if (named.size() == 1) {
            return named.iterator().next();
        }
        List<E> found = existing.apply(ref);
        if (found.isEmpty()) {
            throw new InvalidImportException(usedBy, "refers to " + type + " '" + ref
                    + "', which the document does not define and which does not exist.");
        }
        if (found.size() > 1) {
            throw new InvalidImportException(usedBy, "refers to " + type + " '" + ref + "', the name of "
                    + found.size() + " existing " + type + "s; define the one meant in the document.");
        }
        return found.get(0);
    }

    /** Resolves every reference of a list, without repeats. */
    Set<E> resolveAll(List<String> references, String usedBy) {
        Set<E> resolved = new LinkedHashSet<>();
        for (String reference : references) {
            resolved.add(resolve(reference, usedBy));
        }
        return resolved;
    }

    /** A list from a single row that may be absent. */
    static <E> List<E> optional(E entity) {
        return entity == null ? List.of() : List.of(entity);
    }
}
