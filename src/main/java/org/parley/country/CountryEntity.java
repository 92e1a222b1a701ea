package org.parley.country;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.parley.persistence.AuditedEntity;

/** Table {@code country}; natural key: the ISO 3166-1 alpha-2 code. */
@Entity
@Table(name = "country")
public class CountryEntity extends AuditedEntity {

    public String code;
    public String name;

    public static CountryEntity findByCode(String code) {
        return find("code", code).firstResult();
    }
}
