package org.parley.direct;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Takes a GraphQL POST before SmallRye GraphQL does and answers it from {@link DirectReads} when it can; any other
 * request (GET, a mutation, a field without a SQL form, anything to report as an error, an unusual Accept header)
 * passes on untouched. A client can send {@code X-Parley-Execution: resolvers} to have a query answered by the
 * resolvers; answers given here carry {@code X-Parley-Execution: single-statement}.
 *
 * <p>At most {@code parley.graphql.direct-reads.concurrency} statements (by default one per core) run at once, on
 * threads of their own; the other requests wait in line without holding a thread or a connection. PostgreSQL serves
 * a few statements at a time faster than many that take turns on the same cores.
 */
@ApplicationScoped
public class DirectReadRoute {

    /** The request and response header that names the way a query was answered. */
    public static final String EXECUTION_HEADER = "X-Parley-Execution";

    private static final Logger LOG = Logger.getLogger(DirectReadRoute.class);
    private static final int ROUTE_ORDER = -90;
    /** SmallRye GraphQL's content type when the client accepts anything. */
    private static final String DEFAULT_CONTENT_TYPE = "application/graphql-response+json; charset=UTF-8";
    private static final byte[] DATA_OPEN = "{\"data\":".getBytes(StandardCharsets.UTF_8);

    private final DirectReads reads;
    private final ObjectMapper json;
    private final boolean enabled;
    private final String path;
    private final long maxBodySize;
    private final int concurrency;
    private WorkerExecutor statements;

    DirectReadRoute(DirectReads reads, ObjectMapper json,
            @ConfigProperty(name = "parley.graphql.direct-reads", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "parley.graphql.direct-reads.concurrency") Optional<Integer> concurrency,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.reads = reads;
        this.json = json;
        this.enabled = enabled;
        this.path = path;
        this.maxBodySize = maxBodySize.asLongValue();
        this.concurrency = concurrency.orElse(Runtime.getRuntime().availableProcessors());
        if (this.concurrency < 1) {
            throw new IllegalArgumentException("parley.graphql.direct-reads.concurrency must be at least 1, not "
                    + this.concurrency);
        }
    }

    void install(@Observes Router router, Vertx vertx) {
        if (!enabled) {
            LOG.info("Direct reads are off (parley.graphql.direct-reads=false): every query goes through the resolvers");
            return;
        }
        statements = vertx.createSharedWorkerExecutor("parley-direct-reads", concurrency);
        // before SmallRye GraphQL's route (which has no order of its own), after its WebSocket route (-99)
        router.post(path).order(ROUTE_ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize))
                .handler(this::handle);
        LOG.debugf("Direct reads on POST %s, %d at a time", path, concurrency);
    }

    @PreDestroy
    void close() {
        if (statements != null) {
            statements.close();
        }
    }

    private void handle(RoutingContext ctx) {
        String contentType = responseContentType(ctx);
        Request request = contentType == null ? null : request(ctx);
        DirectReads.Compiled compiled = request == null ? null
                : reads.compile(request.query, request.operationName, request.variables);
        if (compiled == null) {
            ctx.next();
            return;
        }
        statements.executeBlocking(() -> reads.run(compiled), false).onComplete(result -> {
            if (result.failed()) {
                // a statement that fails is a defect here, not the client's: the resolvers still answer
                LOG.warnf(result.cause(), "A direct read failed; answering through the resolvers: %s", compiled.sql());
                ctx.next();
                return;
            }
            ctx.response().setStatusCode(200)
                    .putHeader("Content-Type", contentType)
                    .putHeader(EXECUTION_HEADER, "single-statement")
                    .end(Buffer.buffer(result.result().length + DATA_OPEN.length + 1)
                            .appendBytes(DATA_OPEN).appendBytes(result.result()).appendByte((byte) '}'));
        });
    }

    private record Request(String query, String operationName, Map<String, Object> variables) {
    }

    /** The request, when it is a plain JSON request that the resolvers would read the same way; else null. */
    @SuppressWarnings("unchecked")
    private Request request(RoutingContext ctx) {
        if (ctx.request().method() != HttpMethod.POST || "resolvers".equalsIgnoreCase(ctx.request().getHeader(EXECUTION_HEADER))
                || !ctx.queryParams().isEmpty()) {
            return null;
        }
        String requestType = ctx.request().getHeader("Content-Type");
        if (requestType != null && !requestType.startsWith("application/json")) {
            return null;
        }
        if (ctx.body() == null || ctx.body().buffer() == null) {
            return null;
        }
        try {
            // one pass over the body, straight into maps and lists (the variables as graphql-java takes them)
            Map<String, Object> body = json.readValue(ctx.body().buffer().getBytes(), Map.class);
            Object query = body.get("query");
            Object operationName = body.get("operationName");
            Object variables = body.get("variables");
            Object extensions = body.get("extensions");
            if (!(query instanceof String)
                    || (operationName != null && !(operationName instanceof String))
                    || (variables != null && !(variables instanceof Map))
                    || (extensions != null && !(extensions instanceof Map<?, ?> map && map.isEmpty()))) {
                return null;
            }
            return new Request((String) query, (String) operationName, (Map<String, Object>) variables);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The content type SmallRye GraphQL would answer with, for the Accept headers it is sure of: the first JSON type
     * the client accepts, or its default for any type; null (let SmallRye answer) for anything else.
     */
    private static String responseContentType(RoutingContext ctx) {
        List<MIMEHeader> accepted = ctx.parsedHeaders().accept();
        if (accepted == null || accepted.isEmpty()) {
            return DEFAULT_CONTENT_TYPE;
        }
        for (MIMEHeader type : accepted) {
            String raw = type.rawValue();
            if (raw.startsWith("application/json") || raw.startsWith("application/graphql-response+json")) {
                String charset = type.parameter("charset");
                return charset == null || charset.equalsIgnoreCase("utf-8") ? raw : null;
            }
            if (raw.startsWith("*/*")) {
                return DEFAULT_CONTENT_TYPE;
            }
        }
        return null;
    }
}
