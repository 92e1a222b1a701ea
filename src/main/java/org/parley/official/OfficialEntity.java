package org.parley.official;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.parley.country.CountryEntity;
import org.parley.persistence.AuditedEntity;

/** Table {@code official}; natural key: name and country. */
@Entity
@Table(name = "official")
public class OfficialEntity extends AuditedEntity {

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "other_names", nullable = false)
    public List<String> otherNames = new ArrayList<>();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "country_id")
    public CountryEntity country;

    public static OfficialEntity findByNameAndCountry(String name, CountryEntity country) {
        return find("name = ?1 and country is not distinct from ?2", name, country).firstResult();
    }

    /** Every official of this name, whatever their country. */
    public static List<OfficialEntity> listByName(String name) {
        return list("name", name);
    }
}
