package org.parley.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.persistence.IdentifiedEntity;

/** Table {@code forum_panel}: a session of a forum edition with its theme, in the sources' order. */
@Entity
@Table(name = "forum_panel")
public class ForumPanelEntity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    public ForumEntity forum;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String theme;

    @Column(name = "day_text")
    public String dayText;
}
