package org.parley.forum;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.parley.country.CountryEntity;
import org.parley.organization.OrganizationEntity;
import org.parley.persistence.IdentifiedEntity;

/** Table {@code forum_participant}: a country or (exclusively) an organisation that took part in a forum. */
@Entity
@Table(name = "forum_participant")
public class ForumParticipantEntity extends IdentifiedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    public ForumEntity forum;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id")
    public CountryEntity country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    public OrganizationEntity organization;

    @Enumerated(EnumType.STRING)
    @Column(name = "delegation_level")
    public DelegationLevel delegationLevel;
}
