package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parley.article.ArticleEntity;
import org.parley.persistence.IdentifiedEntity;

/**
 * Table {@code meeting_report}: what one of a meeting's sources says of it. The database gives every source one
 * (empty until an import records the article's account) and drops it with the source.
 */
@Entity
@Table(name = "meeting_report")
public class MeetingReportEntity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public MeetingEntity meeting;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "article_id")
    public ArticleEntity article;

    @Enumerated(EnumType.STRING)
    public MeetingStatus status;

    @Column(name = "held_on")
    public LocalDate heldOn;

    @Column(name = "date_text")
    public String dateText;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public List<String> notes = new ArrayList<>();

    /**
     * The account of {@code article} on {@code meeting}, a new one (persisted) when there is none yet. Writes what
     * is pending first, so that an account the database made for a source linked in this transaction is found.
     */
    public static MeetingReportEntity of(MeetingEntity meeting, ArticleEntity article) {
        getEntityManager().flush();
        MeetingReportEntity report = MeetingReportEntity.<MeetingReportEntity>find("meeting = ?1 and article = ?2",
                meeting, article).firstResult();
        if (report == null) {
            report = new MeetingReportEntity();
            report.meeting = meeting;
            report.article = article;
            report.persist();
        }
        return report;
    }
}
