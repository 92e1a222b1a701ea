package org.parley.graphql;

/**
 * The orders of the whole (unpaged) lists of the graph, each over the alias of the listed table: written once, for
 * the resolvers and for the single statement alike. A row without a date sorts as the oldest; the id breaks ties, so
 * that every order is total.
 */
public final class ListOrders {

    private ListOrders() {
    }

    /** Articles, the newest published first. */
    public static String newestArticles(String alias) {
        return latest(alias, "published_on");
    }

    /** What articles say of something (rows with an article_id), as their articles: the newest published first. */
    public static String byNewestArticle(String alias) {
        return "(SELECT coalesce(a.published_on, '-infinity'::date) FROM article a WHERE a.id = " + alias
                + ".article_id) DESC, " + alias + ".article_id DESC";
    }

    /** Meetings, the latest held first. */
    public static String latestMeetings(String alias) {
        return latest(alias, "held_on");
    }

    /** Forums or posts, the latest started first. */
    public static String latestStarted(String alias) {
        return latest(alias, "start_date");
    }

    /** Statements, in the order they were said, then recorded. */
    public static String earliestStatements(String alias) {
        return "coalesce(" + alias + ".said_on, '-infinity'::date), " + alias + ".id";
    }

    /** Officials, countries, organisations or topics, A to Z. */
    public static String byName(String alias) {
        return alias + ".name, " + alias + ".id";
    }

    private static String latest(String alias, String dateColumn) {
        return "coalesce(" + alias + "." + dateColumn + ", '-infinity'::date) DESC, " + alias + ".id DESC";
    }
}
