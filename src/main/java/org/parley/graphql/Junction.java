package org.parley.graphql;

import java.util.List;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.parley.model.Table;

/**
 * A many-to-many link table read in one batch: for every parent, the children it links to.
 *
 * @param table the link table, e.g. {@code meeting_topic}
 * @param parentColumn its column that points at the parent, e.g. {@code meeting_id}
 * @param childColumn its column that points at the child, e.g. {@code topic_id}
 */
public record Junction(String table, String parentColumn, String childColumn) {

    /** The same links read the other way: for every child, the parents that link to it. */
    public Junction reversed() {
        return new Junction(table, childColumn, parentColumn);
    }

    /** The rows of {@code target} these links lead to, each parent's in {@code order}. */
    public JunctionList to(Table target, UnaryOperator<String> order) {
        return new JunctionList(this, target, order);
    }

    /**
     * The links as one list per parent, to be paged ({@link Pager#pageOfEach}): the child's table, aliased {@code t},
     * joined to the link table, in {@code order}.
     */
    public ParentList pages(String childTable, SortOrder order) {
        return new ParentList(table + " x JOIN " + childTable + " t ON t.id = x." + childColumn,
                "x." + parentColumn + " = k.id", order);
    }

    /**
     * @param childTable the child's table with the alias its {@code columns} use, e.g. {@code "topic tp"}
     * @param childAlias that alias
     * @param columns the child's columns, e.g. {@code Topic.columns("tp")}
     * @param orderBy the order of each parent's children, over the child's alias
     */
    public <P, C> List<List<C>> read(Db db, List<P> parents, ToLongFunction<P> parentId, String childTable,
            String childAlias, String columns, String orderBy, Db.RowMapper<C> mapper) {
        long[] keys = parents.stream().mapToLong(parentId).distinct().toArray();
        List<Batch.Keyed<C>> rows = db.list("SELECT j." + parentColumn + " AS parent_id, " + columns
                + " FROM " + table + " j JOIN " + childTable + " ON " + childAlias + ".id = j." + childColumn
                + " WHERE j." + parentColumn + " = ANY(?) ORDER BY " + orderBy, List.of(keys),
                rs -> new Batch.Keyed<>(rs.getLong("parent_id"), mapper.map(rs)));
        return Batch.toManyKeyed(parents, parentId, rows);
    }
}
