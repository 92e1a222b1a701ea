package org.parley.graphql;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A page of a list in the Relay connection shape. Each list type has a named subclass so that the
 * schema says {@code OfficialConnection} rather than a generated generic name.
 */
public abstract class Connection<T, E extends Edge<T>> {

    private final List<E> edges;
    private final PageInfo pageInfo;
    private final Integer totalCount;

    protected Connection(Page<T> page, java.util.function.BiFunction<String, T, E> edge) {
        this.edges = page.items().stream().map(i -> edge.apply(i.cursor(), i.node())).toList();
        this.pageInfo = page.pageInfo();
        this.totalCount = page.totalCount();
    }

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The items of this page, without cursors.")
    public List<@NonNull T> getNodes() {
        return edges.stream().map(Edge::getNode).toList();
    }

    @NonNull
    @Description("Where this page stands in the list.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @NonNull
    @Description("How many items the whole list has with the filter applied (counted only when asked for).")
    public Integer getTotalCount() {
        return totalCount;
    }

    @Ignore
    public List<T> items() {
        return getNodes();
    }
}
