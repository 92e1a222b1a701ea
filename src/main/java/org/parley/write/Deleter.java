package org.parley.write;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.ConflictException;
import org.parley.graphql.DependentCount;
import org.parley.graphql.GlobalId;
import org.parley.graphql.HasDependentsException;
import org.parley.graphql.InvalidInputException;
import org.parley.graphql.NotFoundException;

/**
 * Deletes one object in SQL: at the version the caller read, and only when nothing refers to it, unless the
 * caller asks to cascade; then its dependents are dealt with first, so that nothing is left dangling.
 */
@ApplicationScoped
public class Deleter {

    private final EntityManager em;
    private final Writes writes;

    public Deleter(EntityManager em, Writes writes) {
        this.em = em;
        this.writes = writes;
    }

    /**
     * @param table the object's table
     * @param label SQL of the object's name in messages, over its table, e.g. {@code name}
     * @return what the cascade dealt with (empty without dependents)
     */
    public DeletePayload delete(String type, String table, String label, String globalId, int expectedVersion,
            boolean cascade, List<Dependent> dependents) {
        long id;
        try {
            id = GlobalId.decode(type, globalId);
        } catch (BadUserInputException e) {
            throw new InvalidInputException("id", e.getMessage());
        }
        List<?> rows = query("SELECT version, " + label + " FROM " + table + " WHERE id = :id FOR UPDATE", id)
                .getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("No " + type + " has the ID '" + globalId + "'; it may have been deleted.");
        }
        Object[] row = (Object[]) rows.get(0);
        String what = type + " '" + row[1] + "'";
        int version = ((Number) row[0]).intValue();
        if (version != expectedVersion) {
            throw new ConflictException(what, expectedVersion, version);
        }
        List<DependentCount> found = new ArrayList<>();
        List<Dependent> present = new ArrayList<>();
        for (Dependent dependent : dependents) {
            int count = ((Number) query(dependent.count(), id).getSingleResult()).intValue();
            if (count > 0) {
                found.add(new DependentCount(dependent.what(), count));
                present.add(dependent);
            }
        }
        if (!found.isEmpty() && !cascade) {
            throw new HasDependentsException(what, found);
        }
        for (Dependent dependent : present) {
            for (String statement : dependent.cascade()) {
                query(statement, id).executeUpdate();
            }
        }
        query("DELETE FROM " + table + " WHERE id = :id", id).executeUpdate();
        return new DeletePayload(globalId, found);
    }

    private Query query(String sql, long id) {
        Query query = em.createNativeQuery(sql).setParameter("id", id);
        if (sql.contains(":who")) {
            query.setParameter("who", writes.who());
        }
        return query;
    }
}
