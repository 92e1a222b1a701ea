package org.parley.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.List;
import org.parley.country.CountryEntity;
import org.parley.persistence.AuditedEntity;

/** Table {@code organization}; natural key: name and country (no country for international bodies). */
@Entity
@Table(name = "organization")
public class OrganizationEntity extends AuditedEntity {

    public String name;

    @Column(name = "short_name")
    public String shortName;

    @Enumerated(EnumType.STRING)
    public OrganizationKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id")
    public CountryEntity country;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public OrganizationEntity parent;

    public static OrganizationEntity findByNameAndCountry(String name, CountryEntity country) {
        return find("name = ?1 and country is not distinct from ?2", name, country).firstResult();
    }

    /** Every organisation of this name, whatever its country. */
    public static List<OrganizationEntity> listByName(String name) {
        return list("name", name);
    }
}
