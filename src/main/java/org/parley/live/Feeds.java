package org.parley.live;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Where;
import org.parley.limits.LimitExceededException;
import org.parley.model.Table;

/**
 * The subscriptions' feeds: for one kind of event, the objects of the events that a filter selects, first those
 * after the subscriber's cursor (read from the outbox), then each one as the event log dispatches it. The filter
 * is the one the lists take (the same SQL), checked for each event against the committed rows. A feed holds at most
 * {@code parley.subscriptions.buffer} events its subscriber has not taken yet; past that it ends with a reason, and
 * the subscriber resumes after its last cursor. An instance serves at most {@code parley.subscriptions.max} feeds.
 */
@ApplicationScoped
public class Feeds {

    /** The type named by an event's cursor, a global ID like any other. */
    static final String CURSOR_TYPE = "Event";
    private static final int REPLAY_BATCH = 500;

    private final EventLog log;
    private final DataSource dataSource;
    private final Db db;
    private final int max;
    private final int buffer;
    private final int replayMax;
    private final AtomicInteger open = new AtomicInteger();

    public Feeds(EventLog log, DataSource dataSource, Db db,
            @ConfigProperty(name = "parley.subscriptions.max", defaultValue = "1000") int max,
            @ConfigProperty(name = "parley.subscriptions.buffer", defaultValue = "256") int buffer,
            @ConfigProperty(name = "parley.subscriptions.replay-max", defaultValue = "10000") int replayMax) {
        this.log = log;
        this.dataSource = dataSource;
        this.db = db;
        this.max = max;
        this.buffer = buffer;
        this.replayMax = replayMax;
    }

    /** How many feeds this instance serves now. */
    public int open() {
        return open.get();
    }

    /**
     * The objects that events of {@code kind} record in {@code table}, where {@code filter} (over the alias
     * {@code t}) selects them, each read by {@code from} (over the table's columns) and made by {@code wrap} from
     * its cursor and its row: one statement per event and feed.
     */
    public <T, R> Multi<R> feed(Event.Kind kind, Table table, Where filter, String after, Db.RowMapper<T> from,
            Wrap<T, R> wrap) {
        long start = after == null ? -1 : GlobalId.decode(CURSOR_TYPE, after);
        String selected = "SELECT " + table.select("t") + " FROM " + table + " t WHERE t.id = ? AND " + filter.sql();
        List<Object> params = new ArrayList<>();
        params.add(0L);
        params.addAll(filter.params());
        Multi<R> feed = Multi.createFrom().<R>emitter(emitter -> {
            if (open.incrementAndGet() > max) {
                open.decrementAndGet();
                emitter.fail(LimitExceededException.subscriptions(max));
                return;
            }
            Subscriber<T, R> subscriber = new Subscriber<>(kind, emitter, event -> {
                params.set(0, event.objectId());
                T object = db.one(selected, params, from);
                return object == null ? null : wrap.apply(GlobalId.encode(CURSOR_TYPE, event.id()), object);
            });
            Runnable stop = log.listen(subscriber::offer);
            emitter.onTermination(() -> {
                stop.run();
                open.decrementAndGet();
            });
            try {
                subscriber.replay(start);
            } catch (RuntimeException | SQLException e) {
                emitter.fail(e);
            }
        }, BackPressureStrategy.ERROR);
        // the replay reads the database: never on an event loop
        // each event is answered on the subscription's own Vert.x context, where SmallRye GraphQL runs the
        // selection's resolvers as for a query (their database reads off the event loop)
        Context context = Vertx.currentContext();
        Executor answering = context == null ? Infrastructure.getDefaultWorkerPool()
                : command -> context.runOnContext(unused -> command.run());
        return feed.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).onOverflow().buffer(buffer)
                .onFailure(BackPressureFailure.class).transform(e -> LimitExceededException.slowSubscriber(buffer))
                .emitOn(answering);
    }

    /** Makes what a feed emits from an event's cursor and the object it recorded. */
    @FunctionalInterface
    public interface Wrap<T, R> {
        R apply(String cursor, T object);
    }

    /** Reads an event's object and says whether the filter selects it: null when it does not, or is gone. */
    @FunctionalInterface
    private interface Selection<R> {
        R of(Event event);
    }

    /** One feed's place in the log: what it emitted last, so that replayed and dispatched events are emitted once. */
    private final class Subscriber<T, R> {

        private final Event.Kind kind;
        private final MultiEmitter<? super R> emitter;
        private final Selection<R> selection;
        private long last = Long.MAX_VALUE;
        private final List<Event> held = new ArrayList<>();

        Subscriber(Event.Kind kind, MultiEmitter<? super R> emitter, Selection<R> selection) {
            this.kind = kind;
            this.emitter = emitter;
            this.selection = selection;
        }

        /** Emits the events after {@code from} (none for a new subscriber) up to the log's last, then what it held. */
        void replay(long from) throws SQLException {
            long upTo = log.lastDispatched();
            if (from >= 0) {
                try (Connection connection = dataSource.getConnection()) {
                    long oldest = oldest(connection);
                    if (from + 1 < oldest) {
                        throw new BadUserInputException("The events after this cursor were pruned (Parley keeps"
                                + " them for parley.events.retention); read the lists for what was recorded since,"
                                + " then subscribe without after.");
                    }
                    if (upTo - from > replayMax) {
                        throw new BadUserInputException("More than " + replayMax + " events were recorded after"
                                + " this cursor; read the lists for what was recorded since, then subscribe"
                                + " without after.");
                    }
                    long position = from;
                    List<Event> events;
                    do {
                        events = EventLog.read(connection, position, upTo, REPLAY_BATCH);
                        for (Event event : events) {
                            emit(event);
                            position = event.id();
                        }
                    } while (events.size() == REPLAY_BATCH);
                }
            }
            synchronized (this) {
                last = Math.max(from, upTo);
                for (Event event : held) {
                    if (event.id() > last) {
                        emit(event);
                        last = event.id();
                    }
                }
                held.clear();
            }
        }

        /** An event the log dispatches: held while the replay runs, emitted once after it. */
        synchronized void offer(Event event) {
            if (last == Long.MAX_VALUE) {
                held.add(event);
            } else if (event.id() > last) {
                emit(event);
                last = event.id();
            }
        }

        private void emit(Event event) {
            if (event.kind() != kind || emitter.isCancelled()) {
                return;
            }
            R selected = selection.of(event);
            if (selected != null) {
                emitter.emit(selected);
            }
        }

        private long oldest(Connection connection) throws SQLException {
            try (var sql = connection.createStatement(); var rs = sql.executeQuery(
                    "SELECT coalesce(min(id), 0) FROM event")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
