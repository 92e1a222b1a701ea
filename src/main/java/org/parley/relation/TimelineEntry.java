package org.parley.relation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.Db;
import org.parley.meeting.BilateralMeeting;
import org.parley.statement.Statement;

@Type("TimelineEntry")
@Description("One event between two countries: a meeting of theirs, or a statement one made to or about the other.")
public class TimelineEntry {

    @NonNull
    @Description("Whether the entry is a meeting or a statement.")
    public final TimelineEntryKind kind;
    @Description("Day of the meeting or statement, when the sources give it.")
    public final LocalDate date;
    @Description("The words the source uses for the day when it gives no date, e.g. Wednesday or recently.")
    public final String dateText;
    @Description("The meeting: the entry itself, or the meeting at which the statement was made (null if none).")
    public final BilateralMeeting meeting;
    @Description("The statement, for a statement entry; null for a meeting.")
    public final Statement statement;
    @Ignore
    public final Long forumId;

    TimelineEntry(TimelineEntryKind kind, LocalDate date, String dateText, BilateralMeeting meeting,
            Statement statement, Long forumId) {
        this.kind = kind;
        this.date = date;
        this.dateText = dateText;
        this.meeting = meeting;
        this.statement = statement;
        this.forumId = forumId;
    }

    static TimelineEntry from(ResultSet rs) throws SQLException {
        TimelineEntryKind kind = TimelineEntryKind.valueOf(rs.getString("kind"));
        BilateralMeeting meeting = Db.getLong(rs, "m_id") == null ? null : BilateralMeeting.from(rs);
        Statement statement = kind == TimelineEntryKind.STATEMENT ? Statement.from(rs) : null;
        return new TimelineEntry(kind, Db.getDate(rs, "day"), rs.getString("date_text"), meeting, statement,
                Db.getLong(rs, "forum_id"));
    }
}
