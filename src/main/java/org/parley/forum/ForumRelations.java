package org.parley.forum;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.parley.article.Article;
import org.parley.country.Country;
import org.parley.organization.Organization;

/** The forums of countries, organisations and articles; each field reads all its parents in one statement. */
@GraphQLApi
public class ForumRelations {

    private final ForumQueries forums;

    public ForumRelations(ForumQueries forums) {
        this.forums = forums;
    }

    @Name("forumsHosted")
    @Description("The forums this country hosted, latest first.")
    public List<@NonNull List<@NonNull Forum>> countryForumsHosted(@Source List<Country> parents) {
        return forums.hostedByCountries(parents);
    }

    @Name("forumsAttended")
    @Description("The forums the sources name this country as taking part in, latest first.")
    public List<@NonNull List<@NonNull Forum>> countryForumsAttended(@Source List<Country> parents) {
        return forums.attendedByCountries(parents);
    }

    @Name("forumsHosted")
    @Description("The forums this organisation hosted, latest first.")
    public List<@NonNull List<@NonNull Forum>> organizationForumsHosted(@Source List<Organization> parents) {
        return forums.hostedByOrganizations(parents);
    }

    @Name("forumsAttended")
    @Description("The forums the sources name this organisation as taking part in, latest first.")
    public List<@NonNull List<@NonNull Forum>> organizationForumsAttended(@Source List<Organization> parents) {
        return forums.attendedByOrganizations(parents);
    }

    @Name("forums")
    @Description("The forums this article reports, latest first.")
    public List<@NonNull List<@NonNull Forum>> articleForums(@Source List<Article> parents) {
        return forums.reportedIn(parents);
    }
}
