package org.parley.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("ForumPanel")
@Description("A session of a forum edition on a theme, e.g. non-proliferation.")
public class ForumPanel {

    /** The table panels are read from, and its columns. */
    public static final Table TABLE = Table.of("ForumPanel", "forum_panel", "pn_");
    public static final Column<Long> FORUM_ID = TABLE.key("forum_id");
    public static final Column<String> THEME = TABLE.text("theme", "theme");
    public static final Column<String> DAY_TEXT = TABLE.text("day_text", "dayText");

    @Ignore
    public final long forumId;
    @NonNull
    @Description("What the panel was about, in the sources' words.")
    public final String theme;
    @Description("The sources' words for when it was held, e.g. on the following days.")
    public final String dayText;

    public ForumPanel(long forumId, String theme, String dayText) {
        this.forumId = forumId;
        this.theme = theme;
        this.dayText = dayText;
    }

    /** The order of a forum's panels over forum_panel {@code alias}: as the sources give them. */
    public static String order(String alias) {
        return alias + ".position, " + alias + ".id";
    }

    public static ForumPanel from(ResultSet rs) throws SQLException {
        return new ForumPanel(FORUM_ID.get(rs), THEME.get(rs), DAY_TEXT.get(rs));
    }
}
