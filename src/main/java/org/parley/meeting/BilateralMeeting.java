package org.parley.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.forum.Forum;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Joined;
import org.parley.graphql.Node;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("Meeting")
@Description("Talks between two countries, each side with the officials who took part (an event with two actors).")
public class BilateralMeeting implements Joined, Node {

    public static final String TYPE = "Meeting";

    /** The table rows of this type are read from, and its columns: the one place each is named. */
    public static final Table TABLE = Table.of(TYPE, "bilateral_meeting", "m_");
    public static final Column<Long> ID = TABLE.id();
    public static final Column<LocalDate> HELD_ON = TABLE.date("held_on", "heldOn");
    public static final Column<Boolean> HELD_ON_DERIVED = TABLE.flag("held_on_derived", "heldOnDerived");
    public static final Column<String> DATE_TEXT = TABLE.text("date_text", "dateText");
    public static final Column<String> LOCATION = TABLE.text("location", "location");
    public static final Column<Boolean> ON_SIDELINES = TABLE.flag("on_sidelines", "onSidelines");
    public static final Column<MeetingStatus> STATUS = TABLE.kind("status", "status", MeetingStatus::valueOf);
    public static final Column<String> SUMMARY = TABLE.text("summary", "summary");
    public static final Column<List<String>> NOTES = TABLE.texts("notes", "notes");
    public static final Column<Long> FORUM_ID = TABLE.optionalKey("forum_id");
    public static final Column<Integer> VERSION = TABLE.version();

    @Ignore
    public final long dbId;
    @Id
    @NonNull
    @Description("Opaque, stable ID of this meeting.")
    public final String id;
    @Description("Day of the meeting, when the sources give it.")
    public final LocalDate heldOn;
    @NonNull
    @Description("Whether heldOn was worked out from a report's words for the day (dateText, e.g. Wednesday) and the"
            + " day it was published, rather than stated by a source or an editor.")
    public final boolean heldOnDerived;
    @Description("The words the source uses for the day when it gives no date, e.g. Wednesday.")
    public final String dateText;
    @Description("Where the meeting took place, when the sources give it.")
    public final String location;
    @NonNull
    @Description("Whether the meeting was held on the sidelines of its forum rather than as part of its programme.")
    public final boolean onSidelines;
    @NonNull
    @Description("Whether it took place: planned when the sources announce it, held when they report it.")
    public final MeetingStatus status;
    @Description("What the meeting was about and what came of it, in a few sentences.")
    public final String summary;
    @NonNull
    @Description("Remarks the sources make about the meeting, e.g. the first vice-ministerial talks in two years.")
    public final List<@NonNull String> notes;
    @Ignore
    public final Long forumId;
    /** The forum, when the query that read this meeting joined it. */
    @Ignore
    private Object joinedForum = Joined.NOT_JOINED;

    @NonNull
    @Description("Goes up by one with every change; pass it as expectedVersion to update or delete this meeting.")
    public final int version;

    public BilateralMeeting(long dbId, LocalDate heldOn, boolean heldOnDerived, String dateText, String location,
            boolean onSidelines, MeetingStatus status, String summary, List<String> notes, Long forumId, int version) {
        this.version = version;
        this.dbId = dbId;
        this.id = GlobalId.encode(TYPE, dbId);
        this.heldOn = heldOn;
        this.heldOnDerived = heldOnDerived;
        this.dateText = dateText;
        this.location = location;
        this.onSidelines = onSidelines;
        this.status = status;
        this.summary = summary;
        this.notes = notes;
        this.forumId = forumId;
    }

    /** The columns {@link #from} reads, over the table aliased {@code alias}. */
    public static String columns(String alias) {
        return TABLE.select(alias);
    }

    public static BilateralMeeting from(ResultSet rs) throws SQLException {
        return new BilateralMeeting(ID.get(rs), HELD_ON.get(rs), HELD_ON_DERIVED.get(rs), DATE_TEXT.get(rs),
                LOCATION.get(rs), ON_SIDELINES.get(rs), STATUS.get(rs), SUMMARY.get(rs), NOTES.get(rs),
                FORUM_ID.get(rs), VERSION.get(rs));
    }

    /** Keeps the forum that the query joined in (null when the meeting was held at none). */
    public BilateralMeeting withForum(Forum forum) {
        joinedForum = forum;
        return this;
    }

    @Override
    public Object joined(String field) {
        return field.equals("forum") ? joinedForum : Joined.NOT_JOINED;
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
