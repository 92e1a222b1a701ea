package org.parley.graphql;

import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of a list query, built from the filters a client gave, with its parameters. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final List<Object> params = new ArrayList<>();

    /**
     * Adds {@code clause} (with one {@code ?} per parameter) unless the filter value is null. A lone
     * {@code String[]} is one array parameter (for {@code = ANY(?)}), not Java's varargs array.
     */
    public Where and(Object value, String clause, Object... clauseParams) {
        if (value != null) {
            clauses.add(clause);
            if (clauseParams.getClass() != Object[].class) {
                params.add(clauseParams);
            } else {
                params.addAll(List.of(clauseParams));
            }
        }
        return this;
    }

    /** Adds a clause that always applies. */
    public Where always(String clause, Object... clauseParams) {
        clauses.add(clause);
        params.addAll(List.of(clauseParams));
        return this;
    }

    /** A LIKE pattern matching {@code text} anywhere, with LIKE's wildcards taken literally (null stays null). */
    public static String contains(String text) {
        if (text == null) {
            return null;
        }
        return "%" + text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** The names of enum values, as a filter's array of text to bind (null stays null: no filter). */
    public static String[] names(List<? extends Enum<?>> values) {
        return values == null ? null : values.stream().map(Enum::name).toArray(String[]::new);
    }

    /** Whether no filter applied: every row is selected. */
    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    public String sql() {
        return clauses.isEmpty() ? "true" : String.join(" AND ", clauses);
    }

    public List<Object> params() {
        return params;
    }

    /** A copy to which a page's keyset condition can be added without changing the count's clause. */
    public Where copy() {
        Where copy = new Where();
        copy.clauses.addAll(clauses);
        copy.params.addAll(params);
        return copy;
    }
}
