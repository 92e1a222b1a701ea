package org.parley.statement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.parley.article.ArticleEntity;
import org.parley.country.CountryEntity;
import org.parley.meeting.MeetingEntity;
import org.parley.official.OfficialEntity;
import org.parley.official.PositionEntity;
import org.parley.organization.OrganizationEntity;
import org.parley.persistence.AuditedEntity;
import org.parley.topic.TopicEntity;

/** Table {@code statement}: what an official said; natural key: speaker, text and meeting. */
@Entity
@Table(name = "statement")
public class StatementEntity extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "speaker_id")
    public OfficialEntity speaker;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "speaker_position_id")
    public PositionEntity speakerPosition;

    public String text;

    @Enumerated(EnumType.STRING)
    public StatementKind kind;

    /** The official who passed the words on (e.g. a spokesperson), if not the speaker. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "relayed_by_id")
    public OfficialEntity relayedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "relayed_by_position_id")
    public PositionEntity relayedByPosition;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "addressee_country_id")
    public CountryEntity addresseeCountry;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "addressee_organization_id")
    public OrganizationEntity addresseeOrganization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "meeting_id")
    public MeetingEntity meeting;

    @Column(name = "said_on")
    public LocalDate saidOn;

    /** Whether {@link #saidOn} was worked out from a report's words and its day of publication. */
    @Column(name = "said_on_derived", nullable = false)
    public boolean saidOnDerived;

    @Column(name = "date_text")
    public String dateText;

    @ManyToMany
    @JoinTable(name = "statement_topic", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<TopicEntity> topics = new HashSet<>();

    /** The articles that report this statement (its provenance). */
    @ManyToMany
    @JoinTable(name = "statement_article", joinColumns = @JoinColumn(name = "statement_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    public Set<ArticleEntity> articles = new HashSet<>();

    /** The statement with this speaker and text at this meeting (or at none when {@code meeting} is null). */
    public static StatementEntity findBySpeakerTextAndMeeting(OfficialEntity speaker, String text,
            MeetingEntity meeting) {
        return find("speaker = ?1 and text = ?2 and meeting is not distinct from ?3", speaker, text, meeting)
                .firstResult();
    }
}
