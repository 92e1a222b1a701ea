package org.parley.stats;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Db;
import org.parley.statement.StatementKind;

@Type("CountBucket")
@Description("One group of a count and how many it holds; the fields that fit the grouping are set, the others null.")
public class CountBucket {

    @NonNull
    @Description("The group in words: e.g. JP-KR, Seoul Defense Dialogue, 2014-05, QUOTE; \"unknown\" for the group"
            + " of rows without the grouped value (no forum, no country, no date).")
    public final String label;
    @NonNull
    @Description("How many meetings or statements the group holds.")
    public final int count;
    @Description("First day of the month or year, when grouped by time; null for the group of unknown dates.")
    public final LocalDate periodStart;
    @Description("The kind of statement, when grouped by kind.")
    public final StatementKind kind;
    /** The table {@link #id1} and {@link #id2} point at: country, forum or topic; null when they are unused. */
    @Ignore
    public final String target;
    @Ignore
    public final Long id1;
    @Ignore
    public final Long id2;

    public CountBucket(String label, int count, LocalDate periodStart, StatementKind kind, String target, Long id1,
            Long id2) {
        this.label = label;
        this.count = count;
        this.periodStart = periodStart;
        this.kind = kind;
        this.target = target;
        this.id1 = id1;
        this.id2 = id2;
    }

    static CountBucket from(ResultSet rs, String target) throws SQLException {
        String kind = rs.getString("kind");
        return new CountBucket(rs.getString("label"), rs.getInt("n"), Db.getDate(rs, "period"),
                kind == null ? null : StatementKind.valueOf(kind), target, Db.getLong(rs, "id1"), Db.getLong(rs, "id2"));
    }

    /** The id of the {@code target} row this group stands for, or null. */
    Long idOf(String table) {
        return table.equals(target) ? id1 : null;
    }
}
