package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.parley.article.ArticleEntity;
import org.parley.ingest.ArticleImport.ArticleEntry;
import org.parley.ingest.ArticleImport.Mentions;
import org.parley.ingest.ImportResult.Kind;

/**
 * Records the article, matched by URL (or, without one, by headline). The document describes its
 * article completely, so every field and the mentions take the document's values, absent ones included.
 */
@ApplicationScoped
class ArticleMatcher {

    /** An article whose own fields are recorded, and whose mentions are still to come. */
    record Pending(ArticleEntity article, boolean created, Changes changes) {
    }

    /** Records the article's own fields, before the entries that refer to it. */
    Pending begin(ArticleEntry entry, ImportContext context) {
        String url = Text.clean(entry.url());
        String headline = Text.required(entry.headline(), "article.headline");
        ArticleEntity article = url != null ? ArticleEntity.findByUrl(url)
                : ArticleEntity.findByHeadlineWithoutUrl(headline);
        boolean created = article == null;
        if (created) {
            article = new ArticleEntity();
            article.url = url;
        }
        Changes changes = new Changes();
        article.headline = changes.exact(article.headline, headline);
        article.authors = changes.exact(article.authors, Text.cleanAll(entry.authors()));
        article.publisher = changes.exact(article.publisher,
                context.organizations.resolve(entry.publisher(), "article.publisher"));
        article.publishedOn = changes.exact(article.publishedOn, entry.publishedOn());
        article.body = changes.exact(article.body, Text.required(entry.body(), "article.body"));
        context.article = context.persist(article, created);
        return new Pending(article, created, changes);
    }

    /** Records what the article mentions and counts the article. */
    void finish(Pending pending, Mentions mentions, ImportContext context) {
        ArticleEntity article = pending.article();
        Changes changes = pending.changes();
        changes.replaceAll(article.officials, context.officials.resolveAll(mentions.officials(), "mentions.officials"));
        changes.replaceAll(article.countries, context.countries.resolveAll(mentions.countries(), "mentions.countries"));
        changes.replaceAll(article.organizations,
                context.organizations.resolveAll(mentions.organizations(), "mentions.organizations"));
        changes.replaceAll(article.topics, context.topics.resolveAll(mentions.topics(), "mentions.topics"));
        context.count(Kind.ARTICLE, pending.created(), changes);
    }
}
