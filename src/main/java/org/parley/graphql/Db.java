package org.parley.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
import org.hibernate.Session;

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

    private final EntityManager em;
    private final LongAdder statements = new LongAdder();

    public Db(EntityManager em) {
        this.em = em;
    }

    /** How many statements this reader has sent since start: lets tests and benchmarks see N+1 at once. */
    public long statementCount() {
        return statements.sum();
    }

    public <T> List<T> list(String sql, List<?> params, RowMapper<T> mapper) {
        statements.increment();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bind(connection, ps, params);
                try (ResultSet rs = ps.executeQuery()) {
                    List<T> rows = new ArrayList<>();
                    while (rs.next()) {
                        rows.add(mapper.map(rs));
                    }
                    return rows;
                }
            }
        });
    }

    public <T> T one(String sql, List<?> params, RowMapper<T> mapper) {
        List<T> rows = list(sql, params, mapper);
        return rows.isEmpty() ? null : rows.get(0);
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
