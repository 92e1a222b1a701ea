package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.parley.article.ArticleEntity;
import org.parley.write.Inputs;
import org.parley.write.Writes;

/**
 * Imports a document sent through the API, in one transaction, as the caller. Concurrent imports of one article
 * take turns on the article's lock (see {@link ImportLock}); concurrent imports of different articles that create
 * the same country, official or topic can still meet on a unique key, and then the import that lost is run again,
 * in a new transaction, and matches what the other one wrote.
 */
@ApplicationScoped
public class ArticleImportService {

    private static final int ATTEMPTS = 3;
    private static final String UNIQUE_VIOLATION = "23505";

    private final ArticleImporter importer;
    private final Inputs inputs;
    private final Writes writes;

    public ArticleImportService(ArticleImporter importer, Inputs inputs, Writes writes) {
        this.importer = importer;
        this.inputs = inputs;
        this.writes = writes;
    }

    /** The import's counts, and the id of its article. */
    public record Imported(ImportResult result, long articleId) {
    }

    public Imported importArticle(ArticleImport document) {
        inputs.validate(document, "document");
        for (int attempt = 1;; attempt++) {
            try {
                ImportResult result = importer.importArticle(document, writes.who());
                return new Imported(result, articleId(document.article()));
            } catch (PersistenceException e) {
                if (attempt == ATTEMPTS || !uniqueViolation(e)) {
                    throw e;
                }
            }
        }
    }

    private static long articleId(ArticleImport.ArticleEntry entry) {
        String url = Text.clean(entry.url());
        ArticleEntity article = url != null ? ArticleEntity.findByUrl(url)
                : ArticleEntity.findByHeadlineWithoutUrl(Text.clean(entry.headline()));
        return article.id;
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
