package org.parley.graphql;

import java.util.List;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.parley.model.Table;

/**
 * A to-many relation through a link table, read whole: the rows of {@code target} that {@code junction} links each
 * parent to, in {@code order}. The one description of such a relation: its resolver reads it with {@link #read}, the
 * single statement writes the same link table, target table and order (ReadCatalog).
 *
 * @param junction the link table and its two columns
 * @param target the table of the rows linked to
 * @param order the order of each parent's rows, over the target's alias (one of {@link ListOrders})
 */
public record JunctionList(Junction junction, Table target, UnaryOperator<String> order) {

    /** For every parent, its linked rows, in one statement for all of them. */
    public <P, C> List<List<C>> read(Db db, List<P> parents, ToLongFunction<P> parentId, Db.RowMapper<C> mapper) {
        return junction.read(db, parents, parentId, target.name() + " c", "c", target.select("c"), order.apply("c"),
                mapper);
    }
}
