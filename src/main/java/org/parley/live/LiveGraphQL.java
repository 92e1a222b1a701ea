package org.parley.live;

import io.smallrye.graphql.api.Subscription;
import io.smallrye.mutiny.Multi;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.parley.article.Article;
import org.parley.article.ArticleFilter;
import org.parley.article.ArticleQueries;
import org.parley.graphql.ApiErrors;
import org.parley.live.Recorded.ArticleRecorded;
import org.parley.live.Recorded.MeetingRecorded;
import org.parley.live.Recorded.StatementRecorded;
import org.parley.meeting.BilateralMeeting;
import org.parley.meeting.MeetingFilter;
import org.parley.meeting.MeetingQueries;
import org.parley.statement.Statement;
import org.parley.statement.StatementFilter;
import org.parley.statement.StatementQueries;

/**
 * Live updates over WebSocket at /graphql (graphql-transport-ws, and graphql-ws): each committed write, with the
 * object it recorded, to every subscriber whose filter selects it, on any instance (events go through PostgreSQL).
 */
@GraphQLApi
@ApiErrors
public class LiveGraphQL {

    private static final String AFTER = "The cursor of the last event received: the events committed after it are"
            + " sent first (a resumed subscription loses nothing), then each new one. Without it, only new ones.";

    private final Feeds feeds;

    public LiveGraphQL(Feeds feeds) {
        this.feeds = feeds;
    }

    @Subscription("statementRecorded")
    @Description("Each statement recorded from now on (by a mutation or an import, once committed) that the filter"
            + " selects, the same filter as `statements` takes: by speaker, their country, addressee, topic, meeting,"
            + " article, kind or day.")
    public Multi<StatementRecorded> statementRecorded(
            @Description("Conditions the statements must meet.") StatementFilter filter,
            @Id @Description(AFTER) String after) {
        return feeds.feed(Event.Kind.STATEMENT_RECORDED, Statement.TABLE, StatementQueries.where(filter), after,
                Statement::from, StatementRecorded::new);
    }

    @Subscription("meetingRecorded")
    @Description("Each meeting recorded from now on (by a mutation or an import, once committed) that the filter"
            + " selects, the same filter as `meetings` takes: by country, pair of countries, organisation, official,"
            + " forum, topic, status or day.")
    public Multi<MeetingRecorded> meetingRecorded(
            @Description("Conditions the meetings must meet.") MeetingFilter filter,
            @Id @Description(AFTER) String after) {
        return feeds.feed(Event.Kind.MEETING_RECORDED, BilateralMeeting.TABLE, MeetingQueries.where(filter), after,
                BilateralMeeting::from, MeetingRecorded::new);
    }

    @Subscription("articleRecorded")
    @Description("Each article recorded from now on (by importArticle or createArticle, once committed) that the"
            + " filter selects, the same filter as `articles` takes.")
    public Multi<ArticleRecorded> articleRecorded(
            @Description("Conditions the articles must meet.") ArticleFilter filter,
            @Id @Description(AFTER) String after) {
        return feeds.feed(Event.Kind.ARTICLE_RECORDED, Article.TABLE, ArticleQueries.where(filter), after,
                Article::from, ArticleRecorded::new);
    }
}
