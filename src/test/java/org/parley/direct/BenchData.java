package org.parley.direct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Loads the benchmark's deterministic data ({@code bench/gen.sql}, written for psql) over JDBC, so that a test reads
 * hundreds of officials, meetings and statements without psql: the script's psql commands (lines that start with a
 * backslash: variables, conditions, {@code \gset}) are left out and its two variables written in.
 */
final class BenchData {

    private static final Path SCRIPT = Path.of("bench", "gen.sql");

    private BenchData() {
    }

    /** Replaces the domain rows of {@code schema} with the benchmark's at {@code scale} (1 is 20,000 meetings). */
    static void load(DataSource dataSource, String schema, double scale) {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            // the script sets its own search_path and makes temporary tables: the pooled connection is given back
            // as it was found
            String searchPath;
            try (ResultSet path = statement.executeQuery("SHOW search_path")) {
                path.next();
                searchPath = path.getString(1);
            }
            for (String sql : statements(Files.readString(SCRIPT), schema, scale)) {
                statement.execute(sql);
            }
            statement.execute("DISCARD TEMP");
            try (PreparedStatement reset = connection.prepareStatement("SELECT set_config('search_path', ?, false)")) {
                reset.setString(1, searchPath);
                reset.execute();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + SCRIPT.toAbsolutePath(), e);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot load " + SCRIPT, e);
        }
    }

    /** The script's SQL statements: split after a line that ends in ; (or \gset) outside dollar quotes. */
    static List<String> statements(String script, String schema, double scale) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inDollarQuote = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (!inDollarQuote && (trimmed.startsWith("\\") || trimmed.startsWith("--") || trimmed.isEmpty())) {
                continue;
            }
            String sql = line.replace("\\gset", "")
                    .replaceAll("(?<!:):'schema'", "'" + schema.replace("'", "''") + "'")
                    .replaceAll("(?<!:):scale\\b", String.format(Locale.ROOT, "%s", scale));
            current.append(sql).append('\n');
            if ((sql.split("\\$\\$", -1).length - 1) % 2 == 1) {
                inDollarQuote = !inDollarQuote;
            }
            // psql ends a statement at a semicolon, and at \gset (which also keeps its result in variables)
            if (!inDollarQuote && (sql.strip().endsWith(";") || line.contains("\\gset"))) {
                statements.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString());
        }
        return statements;
    }
}
