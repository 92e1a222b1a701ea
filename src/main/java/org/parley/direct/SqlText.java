package org.parley.direct;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A piece of SQL with its parameters, in the order their {@code ?} appear: pieces built apart and joined later keep
 * their parameters in step with the text.
 */
final class SqlText {

    private static final Pattern GRAPHQL_NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]*");

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

    /**
     * A GraphQL name (a type name, or a response key the client chose) written as a SQL string constant. The name
     * grammar admits letters, digits and underscores only, so a name cannot end the constant; anything else is
     * refused here, whoever calls.
     */
    SqlText name(String name) {
        if (!GRAPHQL_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a GraphQL name: " + name);
        }
        sql.append('\'').append(name).append('\'');
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
