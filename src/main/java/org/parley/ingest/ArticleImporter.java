package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.parley.official.OfficialEntity;

/**
 * Records one {@link ArticleImport} in one transaction, matching what already exists by natural key
 * instead of duplicating it. Importing the same document again changes nothing; an invalid document
 * fails as a whole with an {@link InvalidImportException} (or a constraint violation) and writes nothing.
 */
@ApplicationScoped
@Transactional
public class ArticleImporter {

    private final CountryMatcher countries;
    private final OrganizationMatcher organizations;
    private final TopicMatcher topics;
    private final ArticleMatcher articles;
    private final OfficialMatcher officials;
    private final ForumMatcher forums;
    private final MeetingMatcher meetings;
    private final StatementMatcher statements;
    private final ImportLock lock;

    ArticleImporter(CountryMatcher countries, OrganizationMatcher organizations, TopicMatcher topics,
            ArticleMatcher articles, OfficialMatcher officials, ForumMatcher forums, MeetingMatcher meetings,
            StatementMatcher statements, ImportLock lock) {
        this.countries = countries;
        this.organizations = organizations;
        this.topics = topics;
        this.articles = articles;
        this.officials = officials;
        this.forums = forums;
        this.meetings = meetings;
        this.statements = statements;
        this.lock = lock;
    }

    /**
     * @param who recorded as created_by/updated_by of what changes; "system" when blank
     */
    public ImportResult importArticle(@NotNull @Valid ArticleImport document, String who) {
        lock.article(document.article());
        ImportContext context = new ImportContext(who);
        // in the order in which entries refer to each other
        countries.apply(document.countries(), context);
        organizations.apply(document.organizations(), context);
        topics.apply(document.topics(), context);
        List<OfficialEntity> documentOfficials = officials.apply(document.officials(), context);
        articles.apply(document.article(), document.mentions(), context);
        officials.applyPositions(document.officials(), documentOfficials, context);
        forums.apply(document.forums(), context);
        meetings.apply(document.meetings(), context);
        statements.apply(document.statements(), context);
        return context.result();
    }
}
