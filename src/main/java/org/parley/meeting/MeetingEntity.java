package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parley.article.ArticleEntity;
import org.parley.forum.ForumEntity;
import org.parley.persistence.AuditedEntity;
import org.parley.topic.TopicEntity;

/**
 * Table {@code bilateral_meeting}: talks between two countries. Natural key: forum, date (or the
 * words for it) and the two countries of its sides.
 */
@Entity
@Table(name = "bilateral_meeting")
public class MeetingEntity extends AuditedEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "forum_id")
    public ForumEntity forum;

    @Column(name = "on_sidelines", nullable = false)
    public boolean onSidelines;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MeetingStatus status = MeetingStatus.HELD;

    @Column(name = "held_on")
    public LocalDate heldOn;

    /** Whether {@link #heldOn} was worked out from a report's words and its day of publication. */
    @Column(name = "held_on_derived", nullable = false)
    public boolean heldOnDerived;

    @Column(name = "date_text")
    public String dateText;

    public String location;
    public String summary;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> notes = new ArrayList<>();

    @OneToMany(mappedBy = "meeting")
    @OrderBy("sideNo")
    public List<MeetingSideEntity> sides = new ArrayList<>();

    @OneToMany(mappedBy = "meeting")
    public List<MeetingParticipantEntity> participants = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "meeting_topic", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<TopicEntity> topics = new HashSet<>();

    /** The topics of {@link #topics} that were expected to be discussed and are not yet reported as discussed. */
    @ManyToMany
    @JoinTable(name = "meeting_topic_expected", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "topic_id"))
    public Set<TopicEntity> expectedTopics = new HashSet<>();

    /** The articles that report this meeting. */
    @ManyToMany
    @JoinTable(name = "meeting_article", joinColumns = @JoinColumn(name = "meeting_id"),
            inverseJoinColumns = @JoinColumn(name = "article_id"))
    public Set<ArticleEntity> articles = new HashSet<>();

    /**
     * The meetings whose sides are these parties (each a country or an organisation, each once), all of them and no
     * other, in any order: as many sides, and a side for each party.
     */
    public static List<MeetingEntity> listAmong(List<MeetingSideEntity> parties) {
        StringBuilder query = new StringBuilder("select m from MeetingEntity m where size(m.sides) = ?1");
        List<Object> values = new ArrayList<>(List.of(parties.size()));
        for (MeetingSideEntity party : parties) {
            values.add(party.party());
            query.append(" and exists (select s from MeetingSideEntity s where s.meeting = m and s.")
                    .append(party.partyField()).append(" = ?").append(values.size()).append(')');
        }
        return find(query.toString(), values.toArray()).list();
    }

    /** The country or organisation of each side. */
    public Set<Object> parties() {
        return sides.stream().map(MeetingSideEntity::party).collect(Collectors.toSet());
    }
}
