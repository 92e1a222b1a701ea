package org.parley.graphql;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import javax.sql.DataSource;
import org.parley.limits.RequestBudget;
import org.parley.limits.SqlFailures;
import org.parley.model.Table;

/**
 * Runs the read API's SQL on the request's Hibernate session and maps rows straight into the API's
 * types: one statement per list level, no managed entities to hydrate and track for a read.
 */
@ApplicationScoped
public class Db {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The pauses before a read is sent again after its connection was lost: about a restart's length in all. */
    private static final long[] RETRY_PAUSES_MS = {0, 250, 750};

    private final DataSource dataSource;
    private final LongAdder statements = new LongAdder();

    public Db(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** How many statements this reader has sent since start: lets tests and benchmarks see N+1 at once. */
    public long statementCount() {
        return statements.sum();
    }

    /**
     * Runs a query and maps its rows. Within a request, the statement is charged to the request's
     * {@link RequestBudget}: it is not started past the deadline, and its rows count against the request's limit. A
     * statement cancelled by its timeout or refused for want of a database becomes the coded error that says so
     * ({@link SqlFailures}).
     */
    public <T> List<T> list(String sql, List<?> params, RowMapper<T> mapper) {
        RequestBudget budget = RequestBudget.current();
        for (int attempt = 0; ; attempt++) {
            try {
                return attempt(sql, params, mapper, budget);
            } catch (SQLException e) {
                if (SqlFailures.isConnectionLost(e) && attempt < RETRY_PAUSES_MS.length) {
                    // the pool's connections outlived the server they were opened to (PostgreSQL restarted): let
                    // them go, and read again on a new one once the server is back (a read has no effect to repeat)
                    if (attempt == 0 && dataSource instanceof AgroalDataSource pool) {
                        pool.flush(AgroalDataSource.FlushMode.GRACEFUL);
                    }
                    pause(RETRY_PAUSES_MS[attempt]);
                    continue;
                }
                RuntimeException known = SqlFailures.translate(e);
                throw known != null ? known : new IllegalStateException("Read failed: " + sql, e);
            }
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <T> List<T> attempt(String sql, List<?> params, RowMapper<T> mapper, RequestBudget budget)
            throws SQLException {
        if (budget != null) {
            budget.checkDeadline();
        }
        statements.increment();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement ps = connection.prepareStatement(sql)) {
            bind(connection, ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                if (budget != null) {
                    budget.chargeRows(rows.size());
                }
                return rows;
            }
        }
    }

    public <T> T one(String sql, List<?> params, RowMapper<T> mapper) {
        List<T> rows = list(sql, params, mapper);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The row of {@code table} with the primary key {@code id}, or null. */
    public <T> T byId(Table table, long id, RowMapper<T> mapper) {
        return one("SELECT " + table.select("r") + " FROM " + table + " r WHERE r.id = ?", List.of(id), mapper);
    }

    /** The rows of {@code table} with these primary keys, in no particular order. */
    public <T> List<T> byIds(Table table, long[] ids, RowMapper<T> mapper) {
        return list("SELECT " + table.select("r") + " FROM " + table + " r WHERE r.id = ANY(?)", List.of(ids), mapper);
    }

    public long count(String sql, List<?> params) {
        Long n = one(sql, params, rs -> rs.getLong(1));
        return n == null ? 0 : n;
    }

    private static void bind(Connection connection, PreparedStatement ps, List<?> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            int index = i + 1;
            if (p == null) {
                ps.setNull(index, Types.NULL);
            } else if (p instanceof long[] ids) {
                Array array = connection.createArrayOf("bigint", Arrays.stream(ids).boxed().toArray());
                ps.setArray(index, array);
            } else if (p instanceof String[] texts) {
                ps.setArray(index, connection.createArrayOf("text", texts));
            } else if (p instanceof LocalDate date) {
                ps.setObject(index, date);
            } else {
                ps.setObject(index, p);
            }
        }
    }

    /** Reads a nullable bigint column. */
    public static Long getLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    /** Reads a nullable integer column. */
    public static Integer getInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    /** Reads a nullable date column. */
    public static LocalDate getDate(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** Reads a text[] column as a list (never null). */
    public static List<String> getTexts(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        return List.of((String[]) array.getArray());
    }
}
