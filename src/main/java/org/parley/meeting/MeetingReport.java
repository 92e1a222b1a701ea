package org.parley.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("MeetingReport")
@Description("What one article says of a meeting: whether it took place, when, and the remarks it makes. Two"
        + " articles that disagree (\"the first talks in two years\", \"the first since November 2011\") each keep"
        + " their own account; the meeting's fields hold what the sources settle together. An account is empty"
        + " (null status, no notes) for a source that an editor linked without recording what it says.")
public class MeetingReport {

    /** The table accounts are read from, and its columns. */
    public static final Table TABLE = Table.of("MeetingReport", "meeting_report", "mr_");
    public static final Column<Long> MEETING_ID = TABLE.key("meeting_id");
    public static final Column<Long> ARTICLE_ID = TABLE.key("article_id");
    public static final Column<MeetingStatus> STATUS = TABLE.kind("status", "status", MeetingStatus::valueOf);
    public static final Column<LocalDate> HELD_ON = TABLE.date("held_on", "heldOn");
    public static final Column<String> DATE_TEXT = TABLE.text("date_text", "dateText");
    public static final Column<List<String>> NOTES = TABLE.texts("notes", "notes");

    @Ignore
    public final long meetingId;
    @Ignore
    public final long articleId;
    @Description("Whether the meeting took place according to this article: planned when it announces the meeting,"
            + " held when it reports it; null when its account is not recorded.")
    public final MeetingStatus status;
    @Description("The day of the meeting according to this article, when it gives one.")
    public final LocalDate heldOn;
    @Description("This article's own words for the day when it gives no date, e.g. Wednesday.")
    public final String dateText;
    @NonNull
    @Description("The remarks this article makes about the meeting, e.g. the first vice-ministerial talks in two"
            + " years.")
    public final List<@NonNull String> notes;

    public MeetingReport(long meetingId, long articleId, MeetingStatus status, LocalDate heldOn, String dateText,
            List<String> notes) {
        this.meetingId = meetingId;
        this.articleId = articleId;
        this.status = status;
        this.heldOn = heldOn;
        this.dateText = dateText;
        this.notes = notes;
    }

    public static MeetingReport from(ResultSet rs) throws SQLException {
        return new MeetingReport(MEETING_ID.get(rs), ARTICLE_ID.get(rs), STATUS.get(rs), HELD_ON.get(rs),
                DATE_TEXT.get(rs), NOTES.get(rs));
    }
}
