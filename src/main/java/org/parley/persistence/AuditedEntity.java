package org.parley.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Instant;

/** A row that can change: optimistic locking and who/when columns, stamped on insert and update. */
@MappedSuperclass
public abstract class AuditedEntity extends IdentifiedEntity {

    /** Who writes rows when nobody is named: the shipped data and start-up tasks. */
    public static final String SYSTEM = "system";

    @Version
    public int version;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "created_by", updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    /** Who is changing this entity now; recorded in created_by/updated_by when it is written. */
    @Transient
    public String changedBy;

    @PrePersist
    void stampCreated() {
        createdAt = Instant.now();
        createdBy = who();
        updatedAt = createdAt;
        updatedBy = createdBy;
    }

    @PreUpdate
    void stampUpdated() {
        updatedAt = Instant.now();
        updatedBy = who();
    }

    private String who() {
        return changedBy == null || changedBy.isBlank() ? SYSTEM : changedBy;
    }
}
