package org.parley.graphql;

import java.util.List;

/** One page read by the {@link Pager}: the items with their cursors, where it stands, and the total if asked. */
public record Page<T>(List<Item<T>> items, PageInfo pageInfo, Integer totalCount) {

    /** An item and its cursor. */
    public record Item<T>(String cursor, T node) {
    }
}
