package org.parley.topic;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.parley.persistence.AuditedEntity;

/** Table {@code topic}; natural key: the name. */
@Entity
@Table(name = "topic")
public class TopicEntity extends AuditedEntity {

    public String name;
    public String description;

    public static TopicEntity findByName(String name) {
        return find("name", name).firstResult();
    }
}
