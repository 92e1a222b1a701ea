package org.parley;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Plain SQL for tests: finds the API ID of a row by its natural key, and creates or removes rows a test needs.
 * Table names stay unqualified: the connection's search_path points at Parley's schema.
 */
public final class Rows {

    private final DataSource dataSource;

    public Rows(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The API ID of the only row of {@code table} that {@code where} selects (with its parameters). */
    public String id(String type, String table, String where, Object... params) {
        List<Long> ids = ids("SELECT id FROM " + table + " WHERE " + where, params);
        if (ids.size() != 1) {
            throw new IllegalStateException(ids.size() + " rows in " + table + " where " + where);
        }
        return Ids.of(type, ids.get(0));
    }

    public String country(String code) {
        return id("Country", "country", "code = ?", code);
    }

    public String official(String name) {
        return id("Official", "official", "name = ?", name);
    }

    /** The first column of every row the query returns, as numbers: ids, counts. */
    public List<Long> ids(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            List<Long> ids = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a statement that returns the id of the row it inserts ({@code ... RETURNING id}). */
    public long insert(String sql, Object... params) {
        return ids(sql, params).get(0);
    }

    /** Runs statements that return nothing, in one transaction. */
    public void execute(String... statements) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.createStatement()) {
                for (String sql : statements) {
                    st.execute(sql);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
