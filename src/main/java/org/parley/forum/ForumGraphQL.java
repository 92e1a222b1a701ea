package org.parley.forum;

import jakarta.inject.Inject;
import java.util.List;
import org.parley.graphql.ApiErrors;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;
import org.parley.article.Article;
import org.parley.article.ArticleQueries;
import org.parley.country.Country;
import org.parley.country.CountryQueries;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Prefetcher;
import org.parley.meeting.BilateralMeeting;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationQueries;

/** Forums and their own relations; every relation field takes the whole list of parents at once. */
@GraphQLApi
@ApiErrors
public class ForumGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final ForumQueries forums;
    private final CountryQueries countries;
    private final OrganizationQueries organizations;
    private final ArticleQueries articles;

    public ForumGraphQL(ForumQueries forums, CountryQueries countries, OrganizationQueries organizations,
            ArticleQueries articles) {
        this.forums = forums;
        this.countries = countries;
        this.organizations = organizations;
        this.articles = articles;
    }

    @Query("forum")
    @Description("The forum with this ID, or null if there is none.")
    public Forum forum(@Id @NonNull @Description("ID of the forum.") String id) {
        return prefetcher.one(forums.byId(GlobalId.decode(Forum.TYPE, id)));
    }

    @Query("forums")
    @Description("Forums, a page at a time.")
    public @NonNull ForumConnection forums(
            @Description("Conditions the forums must meet.") ForumFilter filter,
            @Description("Order of the list.") @DefaultValue("START_DATE_DESC") ForumOrder orderBy,
            @Description("How many forums to return (at most the server's maximum page size).") Integer first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("How many forums to return from the end, or before `before` (at most the server's maximum page"
                    + " size); instead of first.") Integer last,
            @Description("Cursor before which the page ends (pageInfo.startCursor of the page after it); with last.")
            String before) {
        return prefetcher.connection(forums.list(filter, orderBy, first, after, last, before));
    }

    @Name("hostCountry")
    @Description("The country that hosted the forum, when known.")
    public List<Country> hostCountry(@Source List<Forum> parents) {
        return countries.forKeys(parents, f -> f.hostCountryId);
    }

    @Name("hostOrganization")
    @Description("The organisation that hosted the forum, e.g. a defence ministry, when known.")
    public List<Organization> hostOrganization(@Source List<Forum> parents) {
        return organizations.forKeys(parents, f -> f.hostOrganizationId);
    }

    @Name("participants")
    @Description("The countries and organisations the sources name as taking part: countries first, each by name."
            + " See participatingCountryCount for the number of countries the source gives.")
    public List<@NonNull List<@NonNull ForumParticipant>> participants(@Source List<Forum> parents) {
        return forums.participantsOf(parents);
    }

    @Name("reportedBy")
    @Description("The articles that name this participant as taking part, latest first; none for one an editor"
            + " recorded.")
    public List<@NonNull List<@NonNull Article>> participantReportedBy(@Source List<ForumParticipant> parents) {
        return forums.participantReportedBy(parents);
    }

    @Name("reports")
    @Description("What each article that names this participant says of it (the rank of its delegation), in the"
            + " order of reportedBy: ask here according to which article it sent vice ministers.")
    public List<@NonNull List<@NonNull ForumParticipantReport>> participantReports(
            @Source List<ForumParticipant> parents) {
        return forums.participantReportsOf(parents);
    }

    @Name("article")
    @Description("The article whose account this is.")
    public List<@NonNull Article> participantReportArticle(@Source List<ForumParticipantReport> parents) {
        return articles.forKeys(parents, r -> r.articleId);
    }

    @Name("panels")
    @Description("The sessions of this edition and their themes, in the order the sources give them.")
    public List<@NonNull List<@NonNull ForumPanel>> panels(@Source List<Forum> parents) {
        return forums.panelsOf(parents);
    }

    @Name("reportedBy")
    @Description("The articles that report the forum, latest first.")
    public List<@NonNull List<@NonNull Article>> reportedBy(@Source List<Forum> parents) {
        return forums.reportedBy(parents);
    }

    @Name("forum")
    @Description("The forum the meeting was held at or on the sidelines of, if any.")
    public List<Forum> meetingForum(@Source List<BilateralMeeting> parents) {
        return forums.forKeys(parents, m -> m.forumId);
    }
}
