package org.parley.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.parley.article.ArticleEntity;
import org.parley.ingest.ArticleImport.ArticleEntry;
import org.parley.ingest.ArticleImport.Mentions;
import org.parley.ingest.ImportResult.Kind;

/**
 * Records the article, matched by URL (or, without one, by headline). The document describes its
 * article completely, so every field and the mentions take the document's values, absent ones included.
 * Everything the article mentions is recorded before it, so that a new article is written once.
 */
@ApplicationScoped
class ArticleMatcher {

    void apply(ArticleEntry entry, Mentions mentions, ImportContext context) {
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
        changes.replaceAll(article.officials, context.officials.resolveAll(mentions.officials(), "mentions.officials"));
        changes.replaceAll(article.countries, context.countries.resolveAll(mentions.countries(), "mentions.countries"));
        changes.replaceAll(article.organizations,
                context.organizations.resolveAll(mentions.organizations(), "mentions.organizations"));
        changes.replaceAll(article.topics, context.topics.resolveAll(mentions.topics(), "mentions.topics"));
        context.article = context.save(Kind.ARTICLE, article, created, changes);
    }
}
