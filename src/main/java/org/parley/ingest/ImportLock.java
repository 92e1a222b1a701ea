package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.parley.ingest.ArticleImport.ArticleEntry;

/**
 * Makes concurrent imports of one article take turns: a transaction-scoped PostgreSQL advisory lock on the
 * article's natural key, taken before anything is looked up. The second import waits for the first to commit
 * and then matches what it wrote, so that two concurrent imports make one article, not two or a failure.
 * Unique constraints alone would reject the second import's rows and need a retry of the whole import.
 */
@ApplicationScoped
class ImportLock {

    private final EntityManager em;

    ImportLock(EntityManager em) {
        this.em = em;
    }

    /** Waits until no other transaction imports this article, and holds the lock until this one ends. */
    void article(ArticleEntry article) {
        String url = Text.clean(article.url());
        String key = "parley.article:" + (url != null ? "url:" + url : "headline:" + Text.clean(article.headline()));
        em.createNativeQuery("SELECT CAST(pg_advisory_xact_lock(hashtextextended(:key, 0)) AS text)")
                .setParameter("key", key).getSingleResult();
    }
}
