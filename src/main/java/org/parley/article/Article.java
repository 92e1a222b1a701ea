package org.parley.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Node;
import org.parley.graphql.SearchResult;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("Article")
@Description("A news article: the source that every fact in Parley can be traced back to (schema.org's NewsArticle).")
public class Article implements SearchResult, Node {

    public static final String TYPE = "Article";

    /** The table rows of this type are read from, and its columns: the one place each is named. */
    public static final Table TABLE = Table.of(TYPE, "article", "a_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<String> URL = TABLE.text("url", "url");
    public static final Column<String> HEADLINE = TABLE.text("headline", "headline");
    /** Long: read by the field that shows it, not with every article. */
    public static final Column<String> BODY = TABLE.textOnlyWhereAsked("body", "body");
    public static final Column<List<String>> AUTHORS = TABLE.texts("authors", "authors");
    public static final Column<LocalDate> PUBLISHED_ON = TABLE.date("published_on", "publishedOn");
    public static final Column<Long> PUBLISHER_ID = TABLE.optionalKey("publisher_id");
    public static final Column<Integer> VERSION = TABLE.version();

    @Ignore
    public final long dbId;
    @Id
    @NonNull
    @Description("Opaque, stable ID of this article.")
    public final String id;
    @Description("Where the article is published; null when the source did not give it.")
    public final String url;
    @NonNull
    @Description("The headline.")
    public final String headline;
    @NonNull
    @Description("The authors' names as the byline gives them.")
    public final List<@NonNull String> authors;
    @Description("Day of publication; null when not known.")
    public final LocalDate publishedOn;
    @Ignore
    public final Long publisherId;

    @NonNull
    @Description("Goes up by one with every change; pass it as expectedVersion to update or delete this article.")
    public final int version;

    public Article(long dbId, String url, String headline, List<String> authors, LocalDate publishedOn,
            Long publisherId, int version) {
        this.version = version;
        this.dbId = dbId;
        this.id = GlobalId.encode(TYPE, dbId);
        this.url = url;
        this.headline = headline;
        this.authors = authors;
        this.publishedOn = publishedOn;
        this.publisherId = publisherId;
    }

    /** The columns {@link #from} reads (not the body), over the table aliased {@code alias}. */
    public static String columns(String alias) {
        return TABLE.select(alias);
    }

    public static Article from(ResultSet rs) throws SQLException {
        return new Article(ID.get(rs), URL.get(rs), HEADLINE.get(rs), AUTHORS.get(rs), PUBLISHED_ON.get(rs),
                PUBLISHER_ID.get(rs), VERSION.get(rs));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
