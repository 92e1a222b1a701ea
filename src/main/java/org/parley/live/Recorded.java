package org.parley.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.article.Article;
import org.parley.meeting.BilateralMeeting;
import org.parley.statement.Statement;

/** What a subscription hears: a committed write, with the object it recorded and its place in the event log. */
public final class Recorded {

    private Recorded() {
    }

    @Type("StatementRecorded")
    @Description("A statement recorded by a committed write (a mutation or an import).")
    public record StatementRecorded(
            @NonNull @Id @Description("This event's place in the log: give it as `after` to resume after it.")
            String cursor,
            @NonNull @Description("The statement, whose relations can be selected as in any query.")
            Statement statement) {
    }

    @Type("MeetingRecorded")
    @Description("A meeting recorded by a committed write (a mutation or an import).")
    public record MeetingRecorded(
            @NonNull @Id @Description("This event's place in the log: give it as `after` to resume after it.")
            String cursor,
            @NonNull @Description("The meeting, whose relations can be selected as in any query.")
            BilateralMeeting meeting) {
    }

    @Type("ArticleRecorded")
    @Description("An article recorded by a committed write (importArticle or createArticle).")
    public record ArticleRecorded(
            @NonNull @Id @Description("This event's place in the log: give it as `after` to resume after it.")
            String cursor,
            @NonNull @Description("The article, whose relations can be selected as in any query.")
            Article article) {
    }
}
