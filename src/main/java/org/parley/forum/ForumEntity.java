package org.parley.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.article.ArticleEntity;
import org.parley.country.CountryEntity;
import org.parley.organization.OrganizationEntity;
import org.parley.persistence.AuditedEntity;

/** Table {@code forum}: one edition of a multilateral gathering; natural key: name, edition and start date. */
@Entity
@Table(name = "forum")
public class ForumEntity extends AuditedEntity {

    public String name;
    public String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_country_id")
    public CountryEntity hostCountry;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "host_organization_id")
    public OrganizationEntity hostOrganization;

    public String location;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "duration_days")
    public Integer durationDays;

    @Column(name = "end_date_text")
    public String endDateText;

    @Column(name = "start_date_text")
    public String startDateText;

    public Integer edition;

    @Column(name = "edition_derived")
    public boolean editionDerived;

    @Column(name = "edition_text")
    public String editionText;

    @Column(name = "attendance_text")
    public String attendanceText;

    @Column(name = "participating_country_count")
    public Integer participatingCountryCount;

    @OneToMany(mappedBy = "forum")
    public List<ForumParticipantEntity> participants = new ArrayList<>();

    @OneToMany(mappedBy = "forum")
    @OrderBy("position")
    public List<ForumPanelEntity> panels = new ArrayList<>();

    /** The articles that report this forum. */
    @ManyToMany
    @JoinTable(name = "forum_article", joinColumns = @JoinColumn(name = "forum_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    public Set<ArticleEntity> articles = new HashSet<>();

    /** This forum's participation of the country or (exclusively) the organisation, or null when it has none. */
    public ForumParticipantEntity participantOf(CountryEntity country, OrganizationEntity organization) {
        return participants.stream()
                .filter(p -> country != null ? country.equals(p.country) : organization.equals(p.organization))
                .findFirst()
                .orElse(null);
    }

    /** Records that the country or (exclusively) the organisation took part in this forum. */
    public ForumParticipantEntity addParticipant(CountryEntity country, OrganizationEntity organization) {
        ForumParticipantEntity participant = new ForumParticipantEntity();
        participant.forum = this;
        participant.country = country;
        participant.organization = organization;
        participant.persist();
        participants.add(participant);
        return participant;
    }

    /** Adds a panel after those known. */
    public ForumPanelEntity addPanel(String theme, String dayText) {
        ForumPanelEntity panel = new ForumPanelEntity();
        panel.forum = this;
        panel.position = panels.size() + 1;
        panel.theme = theme;
        panel.dayText = dayText;
        panel.persist();
        panels.add(panel);
        return panel;
    }

    /** The forum of this name, edition and start date, either of which may be unknown. */
    public static ForumEntity findEdition(String name, Integer edition, LocalDate startDate) {
        return find("name = ?1 and edition is not distinct from ?2 and startDate is not distinct from ?3", name,
                edition, startDate).firstResult();
    }

    public static ForumEntity findByNameAndEdition(String name, int edition) {
        return find("name = ?1 and edition = ?2", name, edition).firstResult();
    }

    /** Every edition of the forum of this name. */
    public static List<ForumEntity> listByName(String name) {
        return list("name", name);
    }
}
