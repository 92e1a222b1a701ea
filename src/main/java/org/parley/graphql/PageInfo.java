package org.parley.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a page stands in its list (Relay cursor connections).")
public record PageInfo(
        @Description("Whether more items follow this page; pass endCursor as `after` to read them.") boolean hasNextPage,
        @Description("Whether items come before this page.") boolean hasPreviousPage,
        @Description("The cursor of the first item of this page, or null for an empty page.") String startCursor,
        @Description("The cursor of the last item of this page, or null for an empty page.") String endCursor) {
}
