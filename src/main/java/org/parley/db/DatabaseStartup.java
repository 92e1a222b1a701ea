package org.parley.db;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.jboss.logging.Logger;

/**
 * Checks that PostgreSQL answers, then migrates Parley's schema, before anything else starts.
 * An unreachable database is reported in one line that names the URL and the settings to change,
 * instead of the stack traces of every component that would fail after it.
 */
@ApplicationScoped
public class DatabaseStartup {

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class);

    private final Flyway flyway;
    private final AgroalDataSource pool;
    private final String url;
    private final String username;
    private final Optional<String> password;
    private final boolean cleanAtStart;

    public DatabaseStartup(Flyway flyway, AgroalDataSource pool,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "parley.db.clean-at-start", defaultValue = "false") boolean cleanAtStart) {
        this.flyway = flyway;
        this.pool = pool;
        this.url = url;
        this.username = username;
        this.password = password;
        this.cleanAtStart = cleanAtStart;
    }

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        // A connection of its own, outside the pool: the pool retries in the background and would hide the cause.
        DriverManager.setLoginTimeout(10);
        try (Connection connection = DriverManager.getConnection(url, username, password.orElse(null))) {
            connection.isValid(5);
        } catch (SQLException e) {
            LOG.error("Cannot reach PostgreSQL at " + url + " (" + rootMessage(e)
                    + "). Start PostgreSQL there, or point Parley at another server with QUARKUS_DATASOURCE_JDBC_URL,"
                    + " QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD.");
            // Stop here: every later component would fail on the same cause with a stack trace of its own.
            Runtime.getRuntime().halt(1);
        }
        if (cleanAtStart) {
            flyway.clean();
        }
        var result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.infof("Migrated schema %s to version %s", result.schemaName, result.targetSchemaVersion);
        }
        // Flyway's connections came from the pool and ran without a statement timeout (quarkus.flyway.init-sql):
        // none of them serves a request; every request's connection is opened afresh with the timeout.
        pool.flush(AgroalDataSource.FlushMode.ALL);
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }
}
