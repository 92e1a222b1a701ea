package org.parley.ingest;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** What an import did, per type: how many entries it created, found unchanged (matched) and updated. */
public record ImportResult(Map<Kind, Counts> counts) {

    /** The types an import document describes. */
    public enum Kind {
        COUNTRY("countries"), ORGANIZATION("organizations"), TOPIC("topics"), ARTICLE("articles"),
        OFFICIAL("officials"), POSITION("positions"), FORUM("forums"), MEETING("meetings"), STATEMENT("statements");

        public final String plural;

        Kind(String plural) {
            this.plural = plural;
        }
    }

    public record Counts(int created, int matched, int updated) {

        public static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(created + other.created, matched + other.matched, updated + other.updated);
        }
    }

    public ImportResult {
        EnumMap<Kind, Counts> all = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            all.put(kind, counts.getOrDefault(kind, Counts.NONE));
        }
        counts = Map.copyOf(all);
    }

    public static ImportResult empty() {
        return new ImportResult(Map.of());
    }

    public Counts of(Kind kind) {
        return counts.get(kind);
    }

    /** The counts of all types added up. */
    public Counts total() {
        return counts.values().stream().reduce(Counts.NONE, Counts::plus);
    }

    public ImportResult plus(ImportResult other) {
        return new ImportResult(Stream.of(Kind.values())
                .collect(Collectors.toMap(k -> k, k -> of(k).plus(other.of(k)))));
    }

    /** E.g. "countries 7/0/0, ..." as created/matched/updated, in the order of {@link Kind}. */
    @Override
    public String toString() {
        return Stream.of(Kind.values())
                .map(k -> k.plural + " " + of(k).created() + "/" + of(k).matched() + "/" + of(k).updated())
                .collect(Collectors.joining(", ")) + " (created/matched/updated)";
    }
}
