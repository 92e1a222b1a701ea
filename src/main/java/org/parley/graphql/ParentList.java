package org.parley.graphql;

/**
 * A list read per parent, in the form {@link Pager#firstOfEach} takes it: the first rows of each parent's list in
 * {@code order}.
 *
 * @param from the FROM clause of one parent's list, whose main table has the alias {@code t}
 * @param parentMatch the condition that ties a row to the parent key {@code k.id}, e.g. {@code t.speaker_id = k.id}
 * @param order the order of each list, over the aliases of {@code from}
 */
public record ParentList(String from, String parentMatch, SortOrder order) {

    /** The same list read in {@code another} order, or in its own when {@code another} is null. */
    public ParentList in(SortOrder another) {
        return another == null ? this : new ParentList(from, parentMatch, another);
    }
}
