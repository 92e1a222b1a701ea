package org.parley.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.country.CountryEntity;
import org.parley.organization.OrganizationEntity;
import org.parley.persistence.IdentifiedEntity;

/** Table {@code meeting_side}: one of the sides of a meeting (side 1, 2 and on): a country or an organisation. */
@Entity
@Table(name = "meeting_side")
public class MeetingSideEntity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "meeting_id")
    public MeetingEntity meeting;

    @Column(name = "side_no", nullable = false)
    public int sideNo;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id")
    public CountryEntity country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public OrganizationEntity organization;

    /** Whether this side stands for the same country or organisation as {@code other}. */
    public boolean sameParty(MeetingSideEntity other) {
        return party().equals(other.party());
    }

    /** The country or the organisation this side stands for. */
    public Object party() {
        return country != null ? country : organization;
    }

    /** The field of {@link #party}: {@code country} or {@code organization}. */
    public String partyField() {
        return country != null ? "country" : "organization";
    }

    /** The country's code or the organisation's short name (or name), for messages. */
    public String partyName() {
        return country != null ? country.code : organization.shortName != null ? organization.shortName
                : organization.name;
    }
}
