package org.parley.statement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("StatementReport")
@Description("What one article says of a statement's day: the day it states, or its own words for it (\"yesterday\")."
        + " Two articles that put it in other words each keep their own; the statement's saidOn and dateText hold what"
        + " the sources settle together. Both are null for a source an editor linked without recording what it says.")
public class StatementReport {

    /** The table accounts are read from (statement_article, V18), and its columns. */
    public static final Table TABLE = Table.of("StatementReport", "statement_article", "sr_");
    public static final Column<Long> STATEMENT_ID = TABLE.key("statement_id");
    public static final Column<Long> ARTICLE_ID = TABLE.key("article_id");
    public static final Column<LocalDate> SAID_ON = TABLE.date("said_on", "saidOn");
    public static final Column<String> DATE_TEXT = TABLE.text("date_text", "dateText");

    @Ignore
    public final long statementId;
    @Ignore
    public final long articleId;
    @Description("The day of the statement according to this article, when it states one.")
    public final LocalDate saidOn;
    @Description("This article's own words for the day, e.g. yesterday.")
    public final String dateText;

    public StatementReport(long statementId, long articleId, LocalDate saidOn, String dateText) {
        this.statementId = statementId;
        this.articleId = articleId;
        this.saidOn = saidOn;
        this.dateText = dateText;
    }

    public static StatementReport from(ResultSet rs) throws SQLException {
        return new StatementReport(STATEMENT_ID.get(rs), ARTICLE_ID.get(rs), SAID_ON.get(rs), DATE_TEXT.get(rs));
    }
}
