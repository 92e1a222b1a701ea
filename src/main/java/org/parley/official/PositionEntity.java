package org.parley.official;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.List;
import org.parley.article.ArticleEntity;
import org.parley.organization.OrganizationEntity;
import org.parley.persistence.AuditedEntity;

/** Table {@code official_position}: a post an official holds; natural key: official, title and organisation. */
@Entity
@Table(name = "official_position")
public class PositionEntity extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "official_id")
    public OfficialEntity official;

    public String title;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public OrganizationEntity organization;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The article that reported this post first. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_article_id")
    public ArticleEntity sourceArticle;

    public static PositionEntity findByOfficialTitleAndOrganization(OfficialEntity official, String title,
            OrganizationEntity organization) {
        return find("official = ?1 and title = ?2 and organization is not distinct from ?3", official, title,
                organization).firstResult();
    }

    /** The posts of this title that the official holds, at whatever organisation. */
    public static List<PositionEntity> listByOfficialAndTitle(OfficialEntity official, String title) {
        return list("official = ?1 and title = ?2", official, title);
    }
}
