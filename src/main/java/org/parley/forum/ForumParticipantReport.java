package org.parley.forum;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.Type;
import org.parley.model.Column;
import org.parley.model.Table;

@Type("ForumParticipantReport")
@Description("What one article says of a participant of a forum: that it took part, and the rank of the delegation"
        + " it sent when the article gives one. Two articles that give other ranks each keep their own.")
public class ForumParticipantReport {

    /** The view accounts are read from (forum_participant_source by participant, V17), and its columns. */
    public static final Table TABLE = Table.of("ForumParticipantReport", "forum_participant_report", "fr_");
    public static final Column<Long> PARTICIPANT_ID = TABLE.key("participant_id");
    public static final Column<Long> ARTICLE_ID = TABLE.key("article_id");
    public static final Column<DelegationLevel> DELEGATION_LEVEL =
            TABLE.kind("delegation_level", "delegationLevel", DelegationLevel::valueOf);

    @Ignore
    public final long participantId;
    @Ignore
    public final long articleId;
    @Description("The rank of the delegation according to this article; null when it gives none.")
    public final DelegationLevel delegationLevel;

    public ForumParticipantReport(long participantId, long articleId, DelegationLevel delegationLevel) {
        this.participantId = participantId;
        this.articleId = articleId;
        this.delegationLevel = delegationLevel;
    }

    public static ForumParticipantReport from(ResultSet rs) throws SQLException {
        return new ForumParticipantReport(PARTICIPANT_ID.get(rs), ARTICLE_ID.get(rs), DELEGATION_LEVEL.get(rs));
    }
}
