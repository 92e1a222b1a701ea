package org.parley.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.parley.graphql.Db;

/**
 * A table that rows of one API type are read from: its GraphQL type, its SQL name, the prefix that labels its columns
 * in a result (so that rows of several tables can be read from one result), and its columns, declared once as
 * {@link Column} constants of the API class. The resolvers read rows through {@link #select} and
 * {@link Column#get}; the single statement writes each column's field from {@link #columns()}; at start-up every
 * column is checked against the database.
 */
public final class Table {

    private final String type;
    private final String name;
    private final String prefix;
    private final List<Column<?>> columns = new ArrayList<>();

    private Table(String type, String name, String prefix) {
        this.type = type;
        this.name = name;
        this.prefix = prefix;
    }

    /**
     * @param type the GraphQL type its rows are, e.g. {@code Official}
     * @param name the SQL table, e.g. {@code official}
     * @param prefix the label prefix of its columns in a result, e.g. {@code o_}
     */
    public static Table of(String type, String name, String prefix) {
        return new Table(type, name, prefix);
    }

    public String type() {
        return type;
    }

    public String name() {
        return name;
    }

    public String prefix() {
        return prefix;
    }

    public List<Column<?>> columns() {
        return Collections.unmodifiableList(columns);
    }

    /** The columns that rows are read with, over the table aliased {@code alias}, labelled with the table's prefix. */
    public String select(String alias) {
        return select(alias, prefix);
    }

    /** The same, labelled with {@code labelPrefix}: for a second row of this table in one result. */
    public String select(String alias, String labelPrefix) {
        StringJoiner list = new StringJoiner(", ");
        for (Column<?> column : columns) {
            if (column.inRows()) {
                list.add(column.of(alias) + " AS " + labelPrefix + column.name());
            }
        }
        return list.toString();
    }

    /** The primary key, {@code id}, which the API shows as a global ID. */
    public Column<Long> id() {
        return add("id", null, (rs, label) -> rs.getLong(label), true);
    }

    public Column<String> text(String column, String field) {
        return add(column, field, (rs, label) -> rs.getString(label), true);
    }

    /** A text column that {@link #select} leaves out: it is read only where asked for (a long body, say). */
    public Column<String> textOnlyWhereAsked(String column, String field) {
        return add(column, field, (rs, label) -> rs.getString(label), false);
    }

    /** A fixed-width text column ({@code char(n)}), read without its padding. */
    public Column<String> fixedText(String column, String field) {
        return add(column, field, (rs, label) -> {
            String value = rs.getString(label);
            return value == null ? null : value.trim();
        }, true);
    }

    public Column<List<String>> texts(String column, String field) {
        return add(column, field, Db::getTexts, true);
    }

    public Column<LocalDate> date(String column, String field) {
        return add(column, field, Db::getDate, true);
    }

    /** A nullable integer column. */
    public Column<Integer> integer(String column, String field) {
        return add(column, field, Db::getInt, true);
    }

    /** The row's version, which goes up by one with every change. */
    public Column<Integer> version() {
        return add("version", "version", (rs, label) -> rs.getInt(label), true);
    }

    public Column<Boolean> flag(String column, String field) {
        return add(column, field, (rs, label) -> rs.getBoolean(label), true);
    }

    /** A text column that holds the names of {@code values}' constants. */
    public <E extends Enum<E>> Column<E> kind(String column, String field, Function<String, E> values) {
        return add(column, field, (rs, label) -> {
            String value = rs.getString(label);
            return value == null ? null : values.apply(value);
        }, true);
    }

    /** A foreign key that every row has. */
    public Column<Long> key(String column) {
        return add(column, null, (rs, label) -> rs.getLong(label), true);
    }

    /** A foreign key that a row may leave null. */
    public Column<Long> optionalKey(String column) {
        return add(column, null, Db::getLong, true);
    }

    private <V> Column<V> add(String column, String field, Column.Reader<V> reader, boolean inRows) {
        Column<V> added = new Column<>(this, column, field, reader, inRows);
        columns.add(added);
        return added;
    }

    @Override
    public String toString() {
        return name;
    }
}
