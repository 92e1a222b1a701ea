package org.parley.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.parley.article.Article;
import org.parley.forum.Forum;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.Db;
import org.parley.graphql.Limits;
import org.parley.graphql.SearchResult;
import org.parley.official.Official;
import org.parley.organization.Organization;
import org.parley.statement.Statement;
import org.parley.topic.Topic;

/**
 * Full-text and name search in one statement: each type's best hits through its GIN index, merged by score, then
 * the snippets and columns of the few that are returned (ts_headline re-reads the text, so only for those).
 */
@ApplicationScoped
public class SearchQueries {

    /** A table a hit is read from, the alias {@link #from} joins it as, and the GraphQL type of its rows. */
    public record HitRow(String table, String alias, String graphqlType) {
    }

    /** In the order of the types, as {@link #from} joins them; {@link #snippet} names the same aliases. */
    private static final Map<SearchType, HitRow> ROWS = new EnumMap<>(Map.of(
            SearchType.ARTICLE, new HitRow("article", "a", Article.TYPE),
            SearchType.STATEMENT, new HitRow("statement", "st", Statement.TYPE),
            SearchType.OFFICIAL, new HitRow("official", "o", Official.TYPE),
            SearchType.ORGANIZATION, new HitRow("organization", "g", Organization.TYPE),
            SearchType.FORUM, new HitRow("forum", "f", Forum.TYPE),
            SearchType.TOPIC, new HitRow("topic", "tp", Topic.TYPE)));

    /**
     * The score a hit shows, over the hit {@code h}: four decimals (trailing zeros dropped), and at least 0.001 for any
     * match, so that both ways of answering write it alike (a Java double and PostgreSQL's numeric print 0.2771 or
     * 0.001 the same way, where a {@code real} came out as 0.27705768 from one and 0.2770576775074005 from the
     * other, and 8.9e-06 as 8.9E-6). The order of the hits uses the exact score.
     */
    public static final String SHOWN_SCORE = "CASE WHEN h.score <= 0 THEN 0 WHEN h.score >= 1 THEN 1"
            + " ELSE trim_scale(greatest(round(h.score::numeric, 4), 0.001)) END";

    /** Best first; ties by type, then id. */
    public static final String ORDER = "h.score DESC, h.type, h.id";

    public static final int MAX_FIRST = 50;
    public static final int DEFAULT_FIRST = 10;
    public static final int MAX_QUERY_LENGTH = 200;

    /** The query three ways: stemmed English words, words as written (names), and the name key. */
    private static final String QUERY = "SELECT websearch_to_tsquery('english', ?) AS words,"
            + " websearch_to_tsquery('simple', ?) AS names, name_key(?) AS key";
    private static final String HEADLINE = "'MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"'";

    private final Db db;

    public SearchQueries(Db db) {
        this.db = db;
    }

    public List<SearchHit> search(String query, List<SearchType> types, Integer first) {
        String text = text(query);
        int size = size(first);
        String sql = with(wanted(types), size) + " SELECT h.type, " + SHOWN_SCORE + " AS score, " + snippet() + " AS snippet, "
                + Article.columns("a") + ", " + Statement.columns("st") + ", " + Official.columns("o") + ", "
                + Organization.columns("g") + ", " + Forum.columns("f") + ", " + Topic.columns("tp")
                + from(size) + " ORDER BY " + ORDER;
        return db.list(sql, params(text), SearchQueries::hit);
    }

    /** The query as searched for: stripped, not empty, not too long. */
    public static String text(String query) {
        String text = query == null ? "" : query.strip();
        if (text.isEmpty()) {
            throw new BadUserInputException("query must contain a word to search for.");
        }
        if (text.length() > MAX_QUERY_LENGTH) {
            throw new BadUserInputException("query must be at most " + MAX_QUERY_LENGTH + " characters (was "
                    + text.length() + ").");
        }
        return text;
    }

    /** How many hits to return. */
    public static int size(Integer first) {
        return Limits.bounded("first", first, DEFAULT_FIRST, MAX_FIRST);
    }

    /** The types to search: all when left out. */
    public static Set<SearchType> wanted(List<SearchType> types) {
        if (types != null && (types.isEmpty() || types.contains(null))) {
            throw new BadUserInputException("types must name at least one type and no null; leave it out to search"
                    + " them all.");
        }
        return types == null ? EnumSet.allOf(SearchType.class) : EnumSet.copyOf(types);
    }

    /** The parameters of {@link #with}: the query, three times. */
    public static List<Object> params(String text) {
        return List.of(text, text, text);
    }

    /** The query's forms ({@code q}) and each wanted type's best hits ({@code hits}), as a WITH clause. */
    public static String with(Set<SearchType> wanted, int size) {
        String hits = wanted.stream().map(type -> "(" + candidates(type, size) + ")")
                .collect(Collectors.joining(" UNION ALL "));
        return "WITH q AS (" + QUERY + "), hits AS (" + hits + ")";
    }

    /**
     * The best {@code size} hits {@code h} over all types, each joined to its row under the alias of its
     * {@link #row}; rows of the other types are null.
     */
    public static String from(int size) {
        StringBuilder from = new StringBuilder(" FROM (SELECT * FROM hits ORDER BY score DESC, type, id LIMIT ")
                .append(size).append(") h CROSS JOIN q");
        ROWS.forEach((type, row) -> from.append(" LEFT JOIN ").append(row.table()).append(' ').append(row.alias())
                .append(" ON h.type = '").append(type).append("' AND ").append(row.alias()).append(".id = h.id"));
        return from.toString();
    }

    /** Where a hit of {@code type} is read: its table, the alias {@link #from} joins it as, its GraphQL type. */
    public static HitRow row(SearchType type) {
        return ROWS.get(type);
    }

    /** The best {@code size} matches of one type, each with its score. */
    static String candidates(SearchType type, int size) {
        return switch (type) {
            case ARTICLE -> text(type, "article", "words", size);
            case STATEMENT -> text(type, "statement", "words", size);
            case OFFICIAL -> name(type, "official", "names", size);
            case ORGANIZATION -> name(type, "organization", "names", size);
            case FORUM -> name(type, "forum", "words", size);
            case TOPIC -> name(type, "topic", "words", size);
        };
    }

    private static String text(SearchType type, String table, String tsquery, int size) {
        return "SELECT '" + type + "' AS type, x.id, ts_rank(x.search, q." + tsquery + ", 32) AS score"
                + " FROM " + table + " x, q WHERE x.search @@ q." + tsquery
                + " ORDER BY score DESC, x.id LIMIT " + size;
    }

    /** Names match by their words or, approximately, by the trigrams of their key (operator {@code <%}). */
    private static String name(SearchType type, String table, String tsquery, int size) {
        return "SELECT '" + type + "' AS type, x.id, greatest(ts_rank(x.search, q." + tsquery + ", 32),"
                + " word_similarity(q.key, x.name_keys)) AS score"
                + " FROM " + table + " x, q WHERE x.search @@ q." + tsquery + " OR q.key <% x.name_keys"
                + " ORDER BY score DESC, x.id LIMIT " + size;
    }

    /** The passage around the match of a hit {@code h}, over the rows {@link #from} joins. */
    public static String snippet() {
        return "CASE h.type"
                + " WHEN 'ARTICLE' THEN ts_headline('english', a.headline || ' — ' || a.body, q.words, " + HEADLINE + ")"
                + " WHEN 'STATEMENT' THEN ts_headline('english', st.text, q.words, " + HEADLINE + ")"
                + " WHEN 'OFFICIAL' THEN ts_headline('simple', o.name, q.names)"
                + " WHEN 'ORGANIZATION' THEN ts_headline('simple', g.name || coalesce(' (' || g.short_name || ')', ''),"
                + " q.names)"
                + " WHEN 'FORUM' THEN ts_headline('english', f.name || coalesce(': ' || f.description, ''), q.words, "
                + HEADLINE + ")"
                + " WHEN 'TOPIC' THEN ts_headline('english', tp.name || coalesce(': ' || tp.description, ''), q.words, "
                + HEADLINE + ")"
                + " END";
    }

    private static SearchHit hit(ResultSet rs) throws SQLException {
        SearchType type = SearchType.valueOf(rs.getString("type"));
        SearchResult node = switch (type) {
            case ARTICLE -> Article.from(rs);
            case STATEMENT -> Statement.from(rs);
            case OFFICIAL -> Official.from(rs);
            case ORGANIZATION -> Organization.from(rs);
            case FORUM -> Forum.from(rs);
            case TOPIC -> Topic.from(rs);
        };
        return new SearchHit(type, rs.getDouble("score"), rs.getString("snippet"), node);
    }
}
