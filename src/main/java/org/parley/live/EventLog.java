package org.parley.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

/**
 * Hears of committed writes: one connection of its own LISTENs on the schema's channel, and on each notification
 * (or every {@code poll} when none comes) reads the outbox past the last event it dispatched and hands each event, in
 * order, to every listener. A lost connection (PostgreSQL restarted, the connection killed) is opened again, with
 * growing pauses, and what was committed meanwhile is read from the outbox, so that no event is lost; events older
 * than the retention are deleted on a schedule.
 */
@ApplicationScoped
public class EventLog {

    private static final Logger LOG = Logger.getLogger(EventLog.class);
    private static final int BATCH = 500;

    private final String url;
    private final String user;
    private final Optional<String> password;
    private final String schema;
    private final Duration poll;
    private final Duration retention;
    private final Duration pruneEvery;
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

    private volatile long lastDispatched = -1;
    private volatile boolean running;
    private volatile boolean connected;
    private volatile Connection connection;
    private Thread thread;

    public EventLog(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password,
            @ConfigProperty(name = "parley.db.schema") String schema,
            @ConfigProperty(name = "parley.events.poll", defaultValue = "5s") Duration poll,
            @ConfigProperty(name = "parley.events.retention", defaultValue = "P7D") Duration retention,
            @ConfigProperty(name = "parley.events.prune-every", defaultValue = "1h") Duration pruneEvery) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.poll = poll;
        this.retention = retention;
        this.pruneEvery = pruneEvery;
    }

    void start(@Observes StartupEvent started) {
        running = true;
        thread = new Thread(this::run, "parley-events");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        closeQuietly();
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Hands every event dispatched from now on to {@code listener}, on the log's own thread; returns its removal. */
    public Runnable listen(Consumer<Event> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** The last event handed to the listeners: a subscription that replays up to it misses nothing after it. */
    public long lastDispatched() {
        return lastDispatched;
    }

    /** Whether the log's connection is open and listening. */
    public boolean connected() {
        return connected;
    }

    /** The events after {@code after} and up to {@code upTo}, in order, read on a connection of the caller's. */
    public static List<Event> read(Connection connection, long after, long upTo, int limit) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id, kind, object_id FROM event"
                + " WHERE id > ? AND id <= ? ORDER BY id LIMIT ?")) {
            select.setLong(1, after);
            select.setLong(2, upTo);
            select.setInt(3, limit);
            List<Event> events = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    events.add(new Event(rs.getLong(1), Event.Kind.valueOf(rs.getString(2)), rs.getLong(3)));
                }
            }
            return events;
        }
    }

    private void run() {
        long pause = 500;
        long lastPrune = 0;
        while (running) {
            try {
                connect();
                pause = 500;
                while (running) {
                    dispatchNew();
                    if (System.nanoTime() - lastPrune > pruneEvery.toNanos()) {
                        prune();
                        lastPrune = System.nanoTime();
                    }
                    // blocks until a notification comes or the poll interval passes; what it says is read above
                    ((PGConnection) connection).getNotifications((int) poll.toMillis());
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) {
                    return;
                }
                if (connected) {
                    LOG.warnf("Lost the connection that hears of new events (%s); opening it again, and reading"
                            + " from the outbox what was committed meanwhile", e.getMessage());
                }
                connected = false;
                closeQuietly();
                try {
                    Thread.sleep(pause);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                pause = Math.min(pause * 2, 10_000);
            }
        }
    }

    private void connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", "parley-events");
        properties.setProperty("tcpKeepAlive", "true");
        Connection opened = DriverManager.getConnection(url, properties);
        try (Statement sql = opened.createStatement()) {
            sql.execute("SET search_path TO " + quote(schema) + ", public");
            sql.execute("LISTEN " + quote("parley_events_" + schema));
            if (lastDispatched < 0) {
                // a new instance starts from now: what it would replay, nobody has asked for yet
                try (ResultSet rs = sql.executeQuery("SELECT coalesce(max(id), 0) FROM event")) {
                    rs.next();
                    lastDispatched = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            opened.close();
            throw e;
        }
        connection = opened;
        if (!connected) {
            LOG.infof("Listening for new events on %s (schema %s), from event %d", url, schema, lastDispatched);
        }
        connected = true;
    }

    private void dispatchNew() throws SQLException {
        List<Event> events;
        do {
            events = read(connection, lastDispatched, Long.MAX_VALUE, BATCH);
            for (Event event : events) {
                for (Consumer<Event> listener : listeners) {
                    try {
                        listener.accept(event);
                    } catch (RuntimeException e) {
                        LOG.warnf(e, "A subscriber failed on event %d", event.id());
                    }
                }
                lastDispatched = event.id();
            }
        } while (events.size() == BATCH);
    }

    private void prune() throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM event WHERE recorded_at < clock_timestamp() - CAST(? AS interval)")) {
            delete.setString(1, retention.toSeconds() + " seconds");
            int deleted = delete.executeUpdate();
            if (deleted > 0) {
                LOG.infof("Pruned %d events older than %s", deleted, retention);
            }
        }
    }

    private void closeQuietly() {
        Connection open = connection;
        connection = null;
        if (open != null) {
            try {
                open.close();
            } catch (SQLException ignored) {
                // closing a connection already lost
            }
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
