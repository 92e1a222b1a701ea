package org.parley.statement;

import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Function;
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
import org.parley.graphql.Batch;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Prefetcher;
import org.parley.official.Official;
import org.parley.official.OfficialQueries;
import org.parley.official.Position;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationQueries;
import org.parley.topic.Topic;

/** Statements and their own relations; every relation field takes the whole list of parents at once. */
@GraphQLApi
@ApiErrors
public class StatementGraphQL {

    /** Reads the relations the client selected below the answer, one statement per relation and level. */
    @Inject
    Prefetcher prefetcher;

    private final StatementQueries statements;
    private final OfficialQueries officials;
    private final CountryQueries countries;
    private final OrganizationQueries organizations;
    private final ArticleQueries articles;

    public StatementGraphQL(StatementQueries statements, OfficialQueries officials, CountryQueries countries,
            OrganizationQueries organizations, ArticleQueries articles) {
        this.statements = statements;
        this.officials = officials;
        this.countries = countries;
        this.organizations = organizations;
        this.articles = articles;
    }

    @Query("statement")
    @Description("The statement with this ID, or null if there is none.")
    public Statement statement(@Id @NonNull @Description("ID of the statement.") String id) {
        return prefetcher.one(statements.byId(GlobalId.decode(Statement.TYPE, id)));
    }

    @Query("statements")
    @Description("Statements, a page at a time.")
    public @NonNull StatementConnection statements(
            @Description("Conditions the statements must meet.") StatementFilter filter,
            @Description("Order of the list.") @DefaultValue("SAID_ON_DESC") StatementOrder orderBy,
            @Description("How many statements to return (at most the server's maximum page size).") Integer first,
            @Description("Cursor after which the page starts (pageInfo.endCursor of the previous page).") String after,
            @Description("How many statements to return from the end, or before `before` (at most the server's maximum page"
                    + " size); instead of first.") Integer last,
            @Description("Cursor before which the page ends (pageInfo.startCursor of the page after it); with last.")
            String before) {
        return prefetcher.connection(statements.list(filter, orderBy, first, after, last, before));
    }

    @Name("speaker")
    @Description("The official who said it.")
    public List<@NonNull Official> speaker(@Source List<Statement> parents) {
        return officialsFor(parents, s -> s.speakerId);
    }

    @Name("speakerPosition")
    @Description("The post the speaker held at the time, when known.")
    public List<Position> speakerPosition(@Source List<Statement> parents) {
        return positionsFor(parents, s -> s.speakerPositionId);
    }

    @Name("relayedBy")
    @Description("The official who reported the statement for the speaker, e.g. a spokesperson; null if the speaker"
            + " was heard directly.")
    public List<Official> relayedBy(@Source List<Statement> parents) {
        return officialsFor(parents, s -> s.relayedById);
    }

    @Name("relayedByPosition")
    @Description("The post the relaying official held at the time, e.g. Spokesperson, when known.")
    public List<Position> relayedByPosition(@Source List<Statement> parents) {
        return positionsFor(parents, s -> s.relayedByPositionId);
    }

    @Name("addresseeCountry")
    @Description("The country the statement is addressed to or about, if any.")
    public List<Country> addresseeCountry(@Source List<Statement> parents) {
        return countries.forKeys(parents, s -> s.addresseeCountryId);
    }

    @Name("addresseeOrganization")
    @Description("The organisation the statement is addressed to or about, if any.")
    public List<Organization> addresseeOrganization(@Source List<Statement> parents) {
        return organizations.forKeys(parents, s -> s.addresseeOrganizationId);
    }

    @Name("topics")
    @Description("The topics the statement is about, by name.")
    public List<@NonNull List<@NonNull Topic>> topics(@Source List<Statement> parents) {
        return statements.topicsOf(parents);
    }

    @Name("articles")
    @Description("The articles that report the statement (its provenance), latest first.")
    public List<@NonNull List<@NonNull Article>> articles(@Source List<Statement> parents) {
        return statements.articlesOf(parents);
    }

    @Name("reports")
    @Description("What each article that reports the statement says of its day (the day it states, its own words),"
            + " in the order of articles: ask here according to which article it was said yesterday.")
    public List<@NonNull List<@NonNull StatementReport>> reports(@Source List<Statement> parents) {
        return statements.reportsOf(parents);
    }

    @Name("article")
    @Description("The article whose account this is.")
    public List<@NonNull Article> reportArticle(@Source List<StatementReport> parents) {
        return articles.forKeys(parents, r -> r.articleId);
    }

    private List<Official> officialsFor(List<Statement> parents, Function<Statement, Long> officialId) {
        return Batch.toOne(parents, officialId, officials.byIds(Batch.keys(parents, officialId)), o -> o.dbId);
    }

    private List<Position> positionsFor(List<Statement> parents, Function<Statement, Long> positionId) {
        return Batch.toOne(parents, positionId, officials.positionsByIds(Batch.keys(parents, positionId)), p -> p.dbId);
    }
}
