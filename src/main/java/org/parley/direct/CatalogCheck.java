package org.parley.direct;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * At start, once the schema is migrated: every table and column that the read model names (the API classes'
 * {@code TABLE} columns, the foreign keys of the relations, the link tables) exists in the database, and PostgreSQL
 * plans the SQL form of every field of every type read from a table (its joins, FROM clauses and orders too), so
 * that a misspelt name stops the start with the field and the name, rather than failing the first query that
 * reads it.
 */
@ApplicationScoped
class CatalogCheck {

    private static final Logger LOG = Logger.getLogger(CatalogCheck.class);

    private final ReadCatalog catalog;
    private final DataSource dataSource;

    CatalogCheck(ReadCatalog catalog, DataSource dataSource) {
        this.catalog = catalog;
        this.dataSource = dataSource;
    }

    // after DatabaseStartup's migration
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 10) StartupEvent event) {
        long started = System.nanoTime();
        check(catalog.expectedColumns(), dataSource);
        Map<String, SqlText> probes = catalog.probes();
        plan(probes, dataSource);
        LOG.infof("Read model checked against the database: %d tables, the SQL of %d fields planned, in %d ms",
                catalog.expectedColumns().size(), probes.size(), (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Has PostgreSQL plan (not run) each statement of {@code probes}, named by the field it reads.
     *
     * @throws IllegalStateException naming each field whose statement PostgreSQL refuses, with its reason
     */
    static void plan(Map<String, SqlText> probes, DataSource dataSource) {
        Set<String> refused = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            for (Map.Entry<String, SqlText> probe : probes.entrySet()) {
                try (PreparedStatement ps = connection.prepareStatement("EXPLAIN " + probe.getValue().sql())) {
                    List<Object> params = probe.getValue().params();
                    for (int i = 0; i < params.size(); i++) {
                        ps.setObject(i + 1, params.get(i));
                    }
                    ps.executeQuery().close();
                } catch (SQLException e) {
                    refused.add(probe.getKey() + " (" + e.getMessage() + ")");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reach the database to check the read model", e);
        }
        if (!refused.isEmpty()) {
            throw new IllegalStateException("PostgreSQL refuses the SQL that the read model writes for: "
                    + String.join("; ", refused) + ". Correct the table, column or join that the field's"
                    + " description names.");
        }
    }

    /**
     * Refuses {@code expected} (table to columns) when the database lacks any of them.
     *
     * @throws IllegalStateException naming each missing {@code table.column}
     */
    static void check(Map<String, Set<String>> expected, DataSource dataSource) {
        Set<String> missing = missing(expected, present(dataSource));
        if (!missing.isEmpty()) {
            throw new IllegalStateException("The read model names columns that the database does not have: "
                    + String.join(", ", missing) + ". Correct the column in the API class's TABLE (or the relation "
                    + "that names it), or add a migration that creates it.");
        }
    }

    /** Of {@code expected}, the {@code table.column}s that {@code present} lacks, in order. */
    static Set<String> missing(Map<String, Set<String>> expected, Map<String, Set<String>> present) {
        Set<String> missing = new TreeSet<>();
        expected.forEach((table, columns) -> {
            Set<String> has = present.getOrDefault(table, Set.of());
            for (String column : columns) {
                if (!has.contains(column)) {
                    missing.add(table + "." + column);
                }
            }
        });
        return missing;
    }

    /** The columns of every table and view of the current schema. */
    private static Map<String, Set<String>> present(DataSource dataSource) {
        Map<String, Set<String>> present = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement("SELECT table_name, column_name"
                        + " FROM information_schema.columns WHERE table_schema = current_schema()");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                present.computeIfAbsent(rs.getString(1), unused -> new HashSet<>()).add(rs.getString(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's columns to check the read model", e);
        }
        return present;
    }
}
