package org.parley.write;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import org.parley.graphql.AlreadyExistsException;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.ConflictException;
import org.parley.graphql.GlobalId;
import org.parley.graphql.InvalidInputException;
import org.parley.graphql.NotFoundException;
import org.parley.persistence.AuditedEntity;

/**
 * How a service writes a row: stamped with the caller's name, flushed before the service returns (so that a
 * broken constraint fails the mutation, not a later commit), and for updates only at the version the caller read.
 */
@ApplicationScoped
public class Writes {

    private final EntityManager em;
    private final SecurityIdentity identity;

    public Writes(EntityManager em, SecurityIdentity identity) {
        this.em = em;
        this.identity = identity;
    }

    /** The name of the caller, recorded as created_by/updated_by. */
    public String who() {
        return identity.isAnonymous() ? AuditedEntity.SYSTEM : identity.getPrincipal().getName();
    }

    /** Inserts a new row. */
    public <E extends AuditedEntity> E insert(E entity) {
        entity.changedBy = who();
        em.persist(entity);
        em.flush();
        return entity;
    }

    /**
     * The row to update or delete, locked until the transaction ends so that a concurrent writer waits and then
     * sees this one's version; fails with CONFLICT when the caller read another version than the current one.
     */
    public <E extends AuditedEntity> E lock(Class<E> entity, String type, String globalId, int expectedVersion) {
        long id;
        try {
            id = GlobalId.decode(type, globalId);
        } catch (BadUserInputException e) {
            throw new InvalidInputException("id", e.getMessage());
        }
        E row = em.find(entity, id, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            throw new NotFoundException("No " + type + " has the ID '" + globalId + "'; it may have been deleted.");
        }
        if (row.version != expectedVersion) {
            throw new ConflictException(type + " '" + globalId + "'", expectedVersion, row.version);
        }
        return row;
    }

    /**
     * Fails when {@code holder}, the row that has a natural key, is another row than {@code entity}.
     *
     * @param key the key in words, e.g. "the code XA"
     */
    public static void unique(AuditedEntity entity, AuditedEntity holder, String type, String field, String key) {
        if (holder != null && !holder.equals(entity)) {
            throw new AlreadyExistsException(field, "A " + type + " with " + key + " exists already: update that one"
                    + " instead.", GlobalId.encode(type, holder.id));
        }
    }

    /** Writes the changes made to a locked row; the version goes up even when only its relations changed. */
    public <E extends AuditedEntity> E update(E entity) {
        entity.changedBy = who();
        entity.updatedAt = Instant.now();
        em.flush();
        return entity;
    }
}
