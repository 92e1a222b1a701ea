package org.parley.write;

import java.util.List;
import java.util.function.Supplier;
import org.parley.persistence.AuditedEntity;

/**
 * What every service that writes one type of row does: validates the input, applies it to a new row or to the
 * locked row at the version the caller read, and deletes with the type's dependents. A subclass says how an input
 * becomes a row, and carries {@code @Transactional} so that each of these methods is one transaction.
 *
 * @param <E> the row's entity
 * @param <I> the input that creates the row or replaces its values
 */
public abstract class RowService<E extends AuditedEntity, I> {

    protected final Inputs inputs;
    protected final Writes writes;
    private final Deleter deleter;
    private final Class<E> entity;
    private final Supplier<E> newRow;
    private final Deletion deletion;

    /** How a type's rows are deleted: its API type, table, the SQL of its name in messages, and its dependents. */
    public record Deletion(String type, String table, String label, List<Dependent> dependents) {
    }

    protected RowService(Inputs inputs, Writes writes, Deleter deleter, Class<E> entity, Supplier<E> newRow,
            Deletion deletion) {
        this.inputs = inputs;
        this.writes = writes;
        this.deleter = deleter;
        this.entity = entity;
        this.newRow = newRow;
        this.deletion = deletion;
    }

    /** For the client proxies of CDI only, which delegate every call to the real bean. */
    protected RowService() {
        this(null, null, null, null, null, null);
    }

    /** Gives the row the input's values, after checking the rules that Bean Validation cannot. */
    protected abstract void apply(E row, I input);

    /** Writes what belongs to a row in other tables, once the row has its id. */
    protected void applyParts(E row, I input) {
    }

    /** Removes what belongs to a row in other tables, before an update replaces it. */
    protected void removeParts(E row) {
    }

    public long create(I input) {
        inputs.validate(input, "input");
        E row = newRow.get();
        apply(row, input);
        writes.insert(row);
        applyParts(row, input);
        return row.id;
    }

    public long update(String id, int expectedVersion, I input) {
        inputs.validate(input, "input");
        E row = writes.lock(entity, deletion.type(), id, expectedVersion);
        // before any change, so that a bulk delete's flush writes nothing and the version goes up once
        removeParts(row);
        apply(row, input);
        applyParts(row, input);
        return writes.update(row).id;
    }

    public DeletePayload delete(String id, int expectedVersion, boolean cascade) {
        return deleter.delete(deletion.type(), deletion.table(), deletion.label(), id, expectedVersion, cascade,
                deletion.dependents());
    }
}
