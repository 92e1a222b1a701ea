package org.parley.graphql;

import java.util.List;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * A to-many relation along a foreign key, read whole: the rows of {@code table} whose {@code parentColumn} holds the
 * parent's id, each parent's rows in {@code order}. The one description of such a relation: its resolver reads it
 * with {@link #read}, the single statement writes the same table, column and order (ReadCatalog).
 *
 * @param table the child's table, e.g. {@code official}
 * @param parentColumn its column that points at the parent, e.g. {@code country_id}
 * @param order the order of each parent's rows, over the child's alias (one of {@link ListOrders})
 */
public record ChildList(String table, String parentColumn, UnaryOperator<String> order) {

    /**
     * For every parent, its rows, in one statement for all of them.
     *
     * @param columns the child's columns over an alias, e.g. {@code Official::columns}
     * @param mapper reads one child from a row of those columns, e.g. {@code Official::from}
     */
    public <P, C> List<List<C>> read(Db db, List<P> parents, ToLongFunction<P> parentId,
            UnaryOperator<String> columns, Db.RowMapper<C> mapper) {
        return read(db, parents, parentId, "c", columns.apply("c"), "", mapper);
    }

    /**
     * For every parent, its rows with what {@code joins} adds to each (the rows a child refers to, read with it).
     *
     * @param alias the child table's alias in {@code columns} and {@code joins}
     * @param columns what is selected, over {@code alias} and the joined aliases
     * @param joins JOIN clauses after the child's table
     */
    public <P, C> List<List<C>> read(Db db, List<P> parents, ToLongFunction<P> parentId, String alias, String columns,
            String joins, Db.RowMapper<C> mapper) {
        long[] keys = parents.stream().mapToLong(parentId).distinct().toArray();
        List<Batch.Keyed<C>> rows = db.list("SELECT " + alias + "." + parentColumn + " AS parent_key, " + columns
                + " FROM " + table + " " + alias + joins + " WHERE " + alias + "." + parentColumn + " = ANY(?)"
                + " ORDER BY " + order.apply(alias), List.of(keys),
                rs -> new Batch.Keyed<>(rs.getLong("parent_key"), mapper.map(rs)));
        return Batch.toManyKeyed(parents, parentId, rows);
    }
}
