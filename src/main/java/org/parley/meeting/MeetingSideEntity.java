package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.country.CountryEntity;
import org.parley.persistence.IdentifiedEntity;

/** Table {@code meeting_side}: one of the two countries of a meeting (side 1 or 2). */
@Entity
@Table(name = "meeting_side")
public class MeetingSideEntity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public MeetingEntity meeting;

    @Column(name = "side_no", nullable = false)
    public int sideNo;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "country_id")
    public CountryEntity country;
}
