package org.parley.model;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * One column of a {@link Table}: its name in SQL, the API field that shows it (or none), and how its value is read
 * from a row. The only place a column is named: the SELECT list, the row mapping, the single statement's JSON and the
 * start-up check of the schema all take it from here.
 *
 * @param <V> the Java type of its value
 */
public final class Column<V> {

    /** Reads the value labelled {@code label} of the current row. */
    @FunctionalInterface
    interface Reader<V> {
        V read(ResultSet rs, String label) throws SQLException;
    }

    private final Table table;
    private final String name;
    private final String field;
    private final Reader<V> reader;
    private final boolean inRows;

    Column(Table table, String name, String field, Reader<V> reader, boolean inRows) {
        this.table = table;
        this.name = name;
        this.field = field;
        this.reader = reader;
        this.inRows = inRows;
    }

    public Table table() {
        return table;
    }

    /** The column's name in SQL, e.g. {@code country_id}. */
    public String name() {
        return name;
    }

    /** The API field that shows the column as it is, e.g. {@code otherNames}; null when none does. */
    public String field() {
        return field;
    }

    /** Whether {@link Table#select} reads it; a column such as an article's body is read only where asked for. */
    boolean inRows() {
        return inRows;
    }

    /** Its value in the current row of a result whose columns {@link Table#select(String)} labelled. */
    public V get(ResultSet rs) throws SQLException {
        return reader.read(rs, table.prefix() + name);
    }

    /** Its value in the current row, labelled with {@code prefix} ({@link Table#select(String, String)}). */
    public V get(ResultSet rs, String prefix) throws SQLException {
        return reader.read(rs, prefix + name);
    }

    /** The column over a table alias, e.g. {@code o.country_id}. */
    public String of(String alias) {
        return alias + "." + name;
    }

    @Override
    public String toString() {
        return table.name() + "." + name;
    }
}
