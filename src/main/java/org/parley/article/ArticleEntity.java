package org.parley.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parley.country.CountryEntity;
import org.parley.official.OfficialEntity;
import org.parley.organization.OrganizationEntity;
import org.parley.persistence.AuditedEntity;
import org.parley.topic.TopicEntity;

/**
 * Table {@code article}, with what it mentions. Natural key: the URL, or the headline for an
 * article without a URL.
 */
@Entity
@Table(name = "article")
public class ArticleEntity extends AuditedEntity {

    public String url;
    public String headline;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> authors = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "publisher_id")
    public OrganizationEntity publisher;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    public String body;

    @ManyToMany
    @JoinTable(name = "article_official", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "official_id"))
    public Set<OfficialEntity> officials = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "article_country", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "country_id"))
    public Set<CountryEntity> countries = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "article_organization", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "organization_id"))
    public Set<OrganizationEntity> organizations = new HashSet<>();

    @ManyToMany
    @JoinTable(name = "article_topic", joinColumns = @JoinColumn(name = "article_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<TopicEntity> topics = new HashSet<>();

    public static ArticleEntity findByUrl(String url) {
        return find("url", url).firstResult();
    }

    /** The article without a URL that has this headline (unique among those, see V1). */
    public static ArticleEntity findByHeadlineWithoutUrl(String headline) {
        return find("url is null and headline = ?1", headline).firstResult();
    }
}
