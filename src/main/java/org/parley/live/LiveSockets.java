package org.parley.live;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.arc.Arc;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The WebSocket connections at /graphql, each known by a name of its own: the request that opens one carries it
 * (in the {@value #HEADER} header, set here and never taken from the client) into the GraphQL context of every
 * operation sent on the connection, since SmallRye GraphQL gives each of them the headers of that request. A
 * connection on which no operation has started within {@code parley.subscriptions.connection-init-timeout} of its
 * opening is closed: graphql-ws and Apollo clients send connection_init and their first operation at once, so a
 * connection that sends neither only holds a socket.
 */
@ApplicationScoped
public class LiveSockets {

    private static final Logger LOG = Logger.getLogger(LiveSockets.class);
    static final String HEADER = "Parley-Connection";
    /** Before SmallRye GraphQL's WebSocket route (-99). */
    private static final int ROUTE_ORDER = -100;
    private static final String HEADERS = "httpHeaders";

    private final Vertx vertx;
    private final String path;
    private final Duration initTimeout;
    private final AtomicLong names = new AtomicLong();
    /** The connections opened that have started no operation yet, with the timer that closes each. */
    private final Map<String, Long> waiting = new ConcurrentHashMap<>();

    LiveSockets(Vertx vertx, @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "parley.subscriptions.connection-init-timeout", defaultValue = "10s")
            Duration initTimeout) {
        this.vertx = vertx;
        this.path = path;
        this.initTimeout = initTimeout;
        if (initTimeout.isNegative() || initTimeout.isZero()) {
            throw new IllegalArgumentException("parley.subscriptions.connection-init-timeout must be more than 0, not "
                    + initTimeout);
        }
    }

    void install(@Observes Router router) {
        router.route(path).order(ROUTE_ORDER).handler(this::opening);
    }

    private void opening(RoutingContext ctx) {
        ctx.request().headers().remove(HEADER);
        if (ctx.request().headers().contains(HttpHeaders.UPGRADE, HttpHeaders.WEBSOCKET, true)) {
            String name = Long.toString(names.incrementAndGet());
            ctx.request().headers().set(HEADER, name);
            HttpConnection connection = ctx.request().connection();
            waiting.put(name, vertx.setTimer(initTimeout.toMillis(), timer -> {
                if (waiting.remove(name) != null) {
                    LOG.debugf("Closing WebSocket connection %s: no operation within %s of its opening", name,
                            initTimeout);
                    connection.close();
                }
            }));
        }
        ctx.next();
    }

    /** The name of the WebSocket connection an operation with this GraphQL context came on; null for none. */
    static String connection(GraphQLContext context) {
        Object headers = context == null ? null : context.get(HEADERS);
        if (headers instanceof Map<?, ?> map && map.get(HEADER) instanceof List<?> values && !values.isEmpty()) {
            return String.valueOf(values.get(0));
        }
        return null;
    }

    /** An operation started on the connection {@code name}: it stays open. */
    void started(String name) {
        Long timer = name == null ? null : waiting.remove(name);
        if (timer != null) {
            vertx.cancelTimer(timer);
        }
    }

    /** How many connections are open without an operation yet. */
    int waiting() {
        return waiting.size();
    }

    /** Tells this bean of every operation that starts, however it arrived. */
    public static Instrumentation instrumentation() {
        return new Instrumentation() {
            @Override
            public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
                    InstrumentationState state) {
                String name = connection(parameters.getGraphQLContext());
                if (name != null) {
                    Arc.container().instance(LiveSockets.class).get().started(name);
                }
                return SimpleInstrumentationContext.noOp();
            }
        };
    }
}
