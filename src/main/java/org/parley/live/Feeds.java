package org.parley.live;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.BackPressureStrategy;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.Db;
import org.parley.graphql.GlobalId;
import org.parley.graphql.Where;
import org.parley.limits.LimitExceededException;
import org.parley.limits.ServiceUnavailableException;
import org.parley.model.Table;

/**
 * The subscriptions' feeds: for one kind of event, the objects of the events that a filter selects, first those
 * after the subscriber's cursor (read from the outbox), then each one as the event log dispatches it. The filter
 * is the one the lists take (the same SQL), checked for each event against the committed rows. A feed holds at most
 * {@code parley.subscriptions.buffer} events its subscriber has not taken yet; past that it ends with a reason, and
 * the subscriber resumes after its last cursor. An instance serves at most {@code parley.subscriptions.max} feeds,
 * one WebSocket connection at most {@code parley.subscriptions.per-connection}.
 */
@ApplicationScoped
public class Feeds {

    /** The type named by an event's cursor, a global ID like any other. */
    static final String CURSOR_TYPE = "Event";
    private static final int REPLAY_BATCH = 500;
    /** How long a feed waits before it reads an event's object again when the database was not available. */
    private static final long RETRY_MILLIS = 500;

    private final EventLog log;
    private final DataSource dataSource;
    private final Db db;
    private final Context context;
    private final int max;
    private final int perConnection;
    private final int buffer;
    private final int replayMax;
    private final AtomicInteger open = new AtomicInteger();
    /** The subscriptions of each WebSocket connection with any, by its key (see {@link #connection}). */
    private final Map<Object, Integer> perConnectionOpen = new ConcurrentHashMap<>();

    public Feeds(EventLog log, DataSource dataSource, Db db, Context context,
            @ConfigProperty(name = "parley.subscriptions.max", defaultValue = "1000") int max,
            @ConfigProperty(name = "parley.subscriptions.per-connection", defaultValue = "50") int perConnection,
            @ConfigProperty(name = "parley.subscriptions.buffer", defaultValue = "256") int buffer,
            @ConfigProperty(name = "parley.subscriptions.replay-max", defaultValue = "10000") int replayMax) {
        this.log = log;
        this.dataSource = dataSource;
        this.db = db;
        this.context = context;
        this.max = max;
        this.perConnection = perConnection;
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
        return feed(connection(), kind, table, filter, after, from, wrap);
    }

    /** {@link #feed}, for a subscription on the connection that {@code connection} stands for. */
    <T, R> Multi<R> feed(Object connection, Event.Kind kind, Table table, Where filter, String after,
            Db.RowMapper<T> from, Wrap<T, R> wrap) {
        long start = after == null ? -1 : GlobalId.decode(CURSOR_TYPE, after);
        String selected = "SELECT " + table.select("t") + " FROM " + table + " t WHERE t.id = ? AND " + filter.sql();
        List<Object> params = new ArrayList<>();
        params.add(0L);
        params.addAll(filter.params());
        Multi<R> feed = Multi.createFrom().<R>emitter(emitter -> {
            if (!openOn(connection)) {
                emitter.fail(LimitExceededException.subscriptionsPerConnection(perConnection));
                return;
            }
            if (open.incrementAndGet() > max) {
                open.decrementAndGet();
                closeOn(connection);
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
                closeOn(connection);
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
        io.vertx.core.Context own = Vertx.currentContext();
        Executor answering = own == null ? Infrastructure.getDefaultWorkerPool()
                : command -> own.runOnContext(unused -> command.run());
        // the bound is on what waits for the subscriber itself: after the hand-over to its context, which takes
        // what it is given in batches of its own
        return feed.runSubscriptionOn(Infrastructure.getDefaultWorkerPool()).emitOn(answering)
                .onOverflow().buffer(buffer)
                .onFailure(BackPressureFailure.class).transform(e -> LimitExceededException.slowSubscriber(buffer));
    }

    /** The name of the subscription's WebSocket connection ({@link LiveSockets}); without one, a key of its own. */
    private Object connection() {
        DataFetchingEnvironment env = context.unwrap(DataFetchingEnvironment.class);
        String name = env == null ? null : LiveSockets.connection(env.getGraphQlContext());
        return name == null ? new Object() : name;
    }

    /** Counts one more subscription on the connection, unless it has as many as one may. */
    private boolean openOn(Object connection) {
        boolean[] opened = new boolean[1];
        perConnectionOpen.compute(connection, (key, count) -> {
            int now = count == null ? 0 : count;
            opened[0] = now < perConnection;
            return opened[0] ? now + 1 : count;
        });
        return opened[0];
    }

    private void closeOn(Object connection) {
        perConnectionOpen.computeIfPresent(connection, (key, count) -> count == 1 ? null : count - 1);
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

    /**
     * One feed's place in the log: what it took last, so that replayed and dispatched events are emitted once. The
     * log's thread only queues an event here; each feed reads its events' objects (one statement each) in order on a
     * worker thread of its own turn, so that a slow check holds back only its own subscriber. More than
     * {@code parley.subscriptions.buffer} events waiting for their check end the feed as a slow one.
     */
    private final class Subscriber<T, R> {

        private final Event.Kind kind;
        private final MultiEmitter<? super R> emitter;
        private final Selection<R> selection;
        private long last = Long.MAX_VALUE;
        private final List<Event> held = new ArrayList<>();
        private final ArrayDeque<Event> pending = new ArrayDeque<>();
        private boolean draining;

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
                held.forEach(this::accept);
                held.clear();
                if (pending.isEmpty() || draining) {
                    return;
                }
                draining = true;
            }
            drain(); // already on a worker thread
        }

        /** An event the log dispatches: held while the replay runs, queued for its check after it. */
        synchronized void offer(Event event) {
            if (last == Long.MAX_VALUE) {
                held.add(event);
            } else if (accept(event) && !draining) {
                draining = true;
                Infrastructure.getDefaultWorkerPool().execute(this::drain);
            }
        }

        /** Queues an event after the last one taken; false when there is none to check. */
        private boolean accept(Event event) {
            if (event.id() <= last) {
                return false;
            }
            last = event.id();
            if (event.kind() != kind || emitter.isCancelled()) {
                return false;
            }
            if (pending.size() >= buffer) {
                pending.clear();
                emitter.fail(LimitExceededException.slowSubscriber(buffer));
                return false;
            }
            pending.add(event);
            return true;
        }

        /** Checks the queued events in order, until none is left. */
        private void drain() {
            while (true) {
                Event next;
                synchronized (this) {
                    next = pending.poll();
                    if (next == null) {
                        draining = false;
                        return;
                    }
                }
                try {
                    emit(next);
                } catch (ServiceUnavailableException e) {
                    // the database went away while the event's object was read: read it again in a moment (the
                    // events behind it wait, in order, up to the buffer)
                    synchronized (this) {
                        pending.addFirst(next);
                    }
                    Infrastructure.getDefaultWorkerPool().schedule(this::drain, RETRY_MILLIS, TimeUnit.MILLISECONDS);
                    return;
                } catch (RuntimeException e) {
                    synchronized (this) {
                        pending.clear();
                        draining = false;
                    }
                    emitter.fail(e);
                    return;
                }
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
