package org.parley.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Plain SQL for tests, each call in a transaction of its own; and removal of what a test wrote. */
@ApplicationScoped
@Transactional
public class TestDb {

    /**
     * Tables with an id, children before the parents they refer to; junction tables follow by cascade. The events
     * of committed writes (V19) go with the writes.
     */
    static final List<String> TABLES = List.of("event", "statement", "meeting_report", "meeting_participant",
            "meeting_side", "bilateral_meeting",
            "forum_participant", "forum_panel", "forum", "official_position", "article", "official", "organization", "topic",
            "country");

    private final EntityManager em;

    TestDb(EntityManager em) {
        this.em = em;
    }

    public Object one(String sql, Object... params) {
        List<?> rows = query(sql, params).getResultList();
        if (rows.size() != 1) {
            throw new AssertionError(rows.size() + " rows instead of one for: " + sql);
        }
        return rows.get(0);
    }

    public String text(String sql, Object... params) {
        Object value = one(sql, params);
        return value == null ? null : value.toString();
    }

    public long count(String sql, Object... params) {
        return ((Number) one(sql, params)).longValue();
    }

    /** The first column of each row, as text. */
    public List<String> texts(String sql, Object... params) {
        return query(sql, params).getResultList().stream().map(v -> v == null ? null : v.toString()).toList();
    }

    /** Checks now the constraints PostgreSQL would check at the commit, in a transaction a test rolls back. */
    public void checkDeferredConstraints() {
        query("SET CONSTRAINTS ALL IMMEDIATE").executeUpdate();
    }

    /** Runs a statement that writes, e.g. a row that only an import would write. */
    public void execute(String sql, Object... params) {
        query(sql, params).executeUpdate();
    }

    /** The rows of every table of the domain, junction tables included, by table. */
    public Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : texts("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "current_schema() AND table_name <> 'flyway_schema_history' ORDER BY table_name")) {
            counts.put(table, count("SELECT count(*) FROM " + table));
        }
        return counts;
    }

    /**
     * Deletes every row of the domain (junction rows go with them, the aggregates follow by their triggers), in a
     * transaction that a test rolls back: for a test that builds a graph from nothing.
     */
    public void emptyTheDomain() {
        for (String table : TABLES) {
            query("DELETE FROM " + table).executeUpdate();
        }
    }

    /** The sum of the versions of the rows of each versioned table: unchanged while nothing is updated. */
    public String versions() {
        return String.join(",", TABLES.stream()
                .filter(t -> !t.startsWith("meeting_") && !t.startsWith("forum_") && !t.equals("event"))
                .map(t -> String.valueOf(count("SELECT coalesce(sum(version), 0) FROM " + t))).toList());
    }

    /** The highest id of each table with an id, to delete later whatever a test adds after it. */
    public Map<String, Long> highestIds() {
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String table : TABLES) {
            ids.put(table, count("SELECT coalesce(max(id), 0) FROM " + table));
        }
        return ids;
    }

    /** Deletes the rows added since {@link #highestIds} (their junction rows go with them). */
    public void deleteAddedSince(Map<String, Long> highestIds) {
        for (String table : TABLES) {
            query("DELETE FROM " + table + " WHERE id > ?1", highestIds.get(table)).executeUpdate();
        }
    }

    private Query query(String sql, Object... params) {
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return query;
    }
}
