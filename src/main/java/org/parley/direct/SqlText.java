package org.parley.direct;

import java.util.ArrayList;
import java.util.List;

/**
 * A piece of SQL with its parameters, in the order their {@code ?} appear: pieces built apart and joined later keep
 * their parameters in step with the text.
 */
final class SqlText {

    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    SqlText append(String text) {
        sql.append(text);
        return this;
    }

    SqlText append(SqlText other) {
        sql.append(other.sql);
        params.addAll(other.params);
        return this;
    }

    /** Appends SQL text whose {@code ?} take {@code values}, in order. */
    SqlText append(String text, List<?> values) {
        sql.append(text);
        params.addAll(values);
        return this;
    }

    /** Appends one {@code ?} for {@code value}. */
    SqlText param(Object value) {
        sql.append('?');
        params.add(value);
        return this;
    }

    /** A string constant that is never user input (a type or field name): written into the text as a literal. */
    SqlText literal(String constant) {
        sql.append('\'').append(constant.replace("'", "''")).append('\'');
        return this;
    }

    String sql() {
        return sql.toString();
    }

    List<Object> params() {
        return params;
    }

    @Override
    public String toString() {
        return sql.toString();
    }
}
