package org.parley.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.parley.country.Country;
import org.parley.country.CountryEntity;
import org.parley.official.Official;
import org.parley.official.OfficialEntity;
import org.parley.organization.Organization;
import org.parley.organization.OrganizationEntity;
import org.parley.topic.Topic;
import org.parley.topic.TopicEntity;
import org.parley.write.Deleter;
import org.parley.write.Dependent;
import org.parley.write.Inputs;
import org.parley.write.RowService;
import org.parley.write.Writes;

/** Creates, updates and deletes articles with their mentions; the URL, or without one the headline, is unique. */
@ApplicationScoped
@Transactional
public class ArticleService extends RowService<ArticleEntity, ArticleInput> {

    /** What cites an article; a cascading delete unlinks them, and they stay. */
    static final List<Dependent> DEPENDENTS = List.of(
            Dependent.cleared("positions the article is the source of", "official_position", "source_article_id"),
            Dependent.deleted("meetings the article reports", "meeting_article", "article_id"),
            Dependent.deleted("forums the article reports", "forum_article", "article_id"),
            Dependent.deleted("statements the article reports", "statement_article", "article_id"));

    public ArticleService(Inputs inputs, Writes writes, Deleter deleter) {
        super(inputs, writes, deleter, ArticleEntity.class, ArticleEntity::new,
                new Deletion(Article.TYPE, "article", "headline", DEPENDENTS));
    }

    @Override
    protected void apply(ArticleEntity article, ArticleInput input) {
        if (input.url() != null) {
            Writes.unique(article, ArticleEntity.findByUrl(input.url()), Article.TYPE, "input.url",
                    "the URL " + input.url());
        } else {
            Writes.unique(article, ArticleEntity.findByHeadlineWithoutUrl(input.headline()), Article.TYPE,
                    "input.headline", "no URL and the headline " + input.headline());
        }
        article.url = input.url();
        article.headline = input.headline();
        article.authors = new ArrayList<>(input.authors());
        article.publisher = inputs.find(OrganizationEntity.class, Organization.TYPE, input.publisherId(),
                "input.publisherId");
        article.publishedOn = inputs.date(input.publishedOn(), "input.publishedOn");
        article.body = input.body();
        replace(article.officials, inputs.findAll(OfficialEntity.class, Official.TYPE, input.officialIds(),
                "input.officialIds"));
        replace(article.countries, inputs.findAll(CountryEntity.class, Country.TYPE, input.countryIds(),
                "input.countryIds"));
        replace(article.organizations, inputs.findAll(OrganizationEntity.class, Organization.TYPE,
                input.organizationIds(), "input.organizationIds"));
        replace(article.topics, inputs.findAll(TopicEntity.class, Topic.TYPE, input.topicIds(), "input.topicIds"));
    }

    private static <E> void replace(java.util.Set<E> current, java.util.Set<E> given) {
        current.retainAll(given);
        current.addAll(given);
    }
}
