package org.parley.statement;

import java.util.List;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Paging;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.article.Article;
import org.parley.country.Country;
import org.parley.meeting.BilateralMeeting;
import org.parley.official.Official;
import org.parley.organization.Organization;
import org.parley.topic.Topic;

/**
 * The statements of officials, addressees, topics, meetings and articles. The long lists take {@code first} and read
 * each parent's first statements through one LATERAL statement for all parents.
 */
@GraphQLApi
@ApiErrors
public class StatementRelations {

    private static final String FIRST = "How many statements to return for each parent (at most the server's maximum"
            + " page size).";

    private final StatementLists lists;

    public StatementRelations(StatementLists lists) {
        this.lists = lists;
    }

    @Name("statements")
    @Description("What this official said, latest first unless ordered otherwise.")
    public List<@NonNull List<@NonNull Statement>> officialStatements(@Source List<Official> parents,
            @Description(FIRST) @DefaultValue("20") Integer first,
            @Description("Order of the statements.") @DefaultValue("SAID_ON_DESC") StatementOrder orderBy) {
        return lists.bySpeakers(parents, first, orderBy);
    }

    @Name("statementsConnection")
    @Description("What this official said, a page at a time with cursors (first/after or last/before), latest first"
            + " unless ordered otherwise; totalCount counts them all.")
    public List<@NonNull StatementConnection> officialStatementsConnection(@Source List<Official> parents,
            @Description("Order of the statements.") @DefaultValue("SAID_ON_DESC") StatementOrder orderBy,
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return lists.pagesBySpeakers(parents, orderBy, first, after, last, before).stream()
                .map(StatementConnection::new).toList();
    }

    @Name("relayedStatements")
    @Description("What this official reported others as saying, e.g. as spokesperson, latest first.")
    public List<@NonNull List<@NonNull Statement>> officialRelayedStatements(@Source List<Official> parents,
            @Description(FIRST) @DefaultValue("20") Integer first) {
        return lists.relayedBy(parents, first);
    }

    @Name("statementsAddressed")
    @Description("The statements addressed to or about this country, latest first.")
    public List<@NonNull List<@NonNull Statement>> countryStatementsAddressed(@Source List<Country> parents,
            @Description(FIRST) @DefaultValue("20") Integer first) {
        return lists.addressedToCountries(parents, first);
    }

    @Name("statementsAddressed")
    @Description("The statements addressed to or about this organisation, latest first.")
    public List<@NonNull List<@NonNull Statement>> organizationStatementsAddressed(@Source List<Organization> parents,
            @Description(FIRST) @DefaultValue("20") Integer first) {
        return lists.addressedToOrganizations(parents, first);
    }

    @Name("statements")
    @Description("The statements about this topic, latest first.")
    public List<@NonNull List<@NonNull Statement>> topicStatements(@Source List<Topic> parents,
            @Description(FIRST) @DefaultValue("20") Integer first) {
        return lists.aboutTopics(parents, first);
    }

    @Name("statementsConnection")
    @Description("The statements about this topic, a page at a time with cursors (first/after or last/before),"
            + " latest first; totalCount counts them all.")
    public List<@NonNull StatementConnection> topicStatementsConnection(@Source List<Topic> parents,
            @Description(Paging.FIRST) Integer first, @Description(Paging.AFTER) String after,
            @Description(Paging.LAST) Integer last, @Description(Paging.BEFORE) String before) {
        return lists.pagesAboutTopics(parents, first, after, last, before).stream().map(StatementConnection::new)
                .toList();
    }

    @Name("statements")
    @Description("Everything said at this meeting, in the order it was said.")
    public List<@NonNull List<@NonNull Statement>> meetingStatements(@Source List<BilateralMeeting> parents) {
        return lists.atMeetings(parents);
    }

    @Name("statements")
    @Description("The statements this article reports, in the order they were said.")
    public List<@NonNull List<@NonNull Statement>> articleStatements(@Source List<Article> parents) {
        return lists.reportedIn(parents);
    }
}
