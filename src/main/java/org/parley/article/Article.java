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
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Node;
import org.parley.graphql.SearchResult;

@Type("Article")
@Description("A news article: the source that every fact in Parley can be traced back to (schema.org's NewsArticle).")
public class Article implements SearchResult, Node {

    public static final String TYPE = "Article";

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

    /** The columns {@link #from} reads (not the body, which is long and read only when asked for), over an article table aliased {@code alias}. */
    public static String columns(String alias) {
        return alias + ".id AS a_id, " + alias + ".url AS a_url, " + alias + ".headline AS a_headline, "
                + alias + ".authors AS a_authors, " + alias + ".published_on AS a_published_on, "
                + alias + ".publisher_id AS a_publisher_id, " + alias + ".version AS a_version";
    }

    public static Article from(ResultSet rs) throws SQLException {
        return new Article(rs.getLong("a_id"), rs.getString("a_url"), rs.getString("a_headline"),
                Db.getTexts(rs, "a_authors"), Db.getDate(rs, "a_published_on"),
                Db.getLong(rs, "a_publisher_id"), rs.getInt("a_version"));
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
