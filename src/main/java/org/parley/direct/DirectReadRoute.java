package org.parley.direct;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.graphql.api.ErrorCode;
import io.vertx.core.AsyncResult;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.parley.graphql.ApiException;
import org.parley.graphql.ErrorDetails;
import org.parley.graphql.InternalErrorException;
import org.parley.limits.ErrorAnswer;
import org.parley.limits.LimitExceededException;
import org.parley.limits.ParsedRequest;
import org.parley.limits.RequestBudget;
import org.parley.limits.RequestLimits;
import org.parley.limits.ServiceUnavailableException;
import org.parley.limits.SqlFailures;

/**
 * Takes a GraphQL GET or POST that the gate ({@link org.parley.limits.GraphQLGate}) has parsed, measured and let through,
 * before SmallRye GraphQL does, and answers it from {@link DirectReads} when it can; any other request (a mutation,
 * a field without a SQL form, a document that does not validate, an unusual Accept header) passes on untouched. A
 * client can send {@code X-Parley-Execution: resolvers} to have a query answered by the resolvers; answers given
 * here carry {@code X-Parley-Execution: single-statement}. A statement that fails is answered here as an error
 * (timeout, unavailable database, or internal with a reference to the log), never run again by the resolvers; an
 * answer over {@code parley.limits.answer-size} is refused.
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
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";
    private static final String DEFAULT_CONTENT_TYPE = GRAPHQL_RESPONSE + "; charset=UTF-8";
    private static final byte[] DATA_OPEN = "{\"data\":".getBytes(StandardCharsets.UTF_8);

    private final DirectReads reads;
    private final ObjectMapper json;
    private final boolean enabled;
    private final String path;
    private final long maxAnswerSize;
    private final int concurrency;
    private WorkerExecutor statements;

    DirectReadRoute(DirectReads reads, ObjectMapper json,
            @ConfigProperty(name = "parley.graphql.direct-reads", defaultValue = "true") boolean enabled,
            @ConfigProperty(name = "parley.graphql.direct-reads.concurrency") Optional<Integer> concurrency,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path, RequestLimits limits) {
        this.reads = reads;
        this.json = json;
        this.enabled = enabled;
        this.path = path;
        this.maxAnswerSize = limits.answerSize().asLongValue();
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
        router.route(path).method(HttpMethod.POST).method(HttpMethod.GET).order(ROUTE_ORDER)
                .handler(this::handle);
        LOG.debugf("Direct reads on GET and POST %s, %d at a time", path, concurrency);
    }

    @PreDestroy
    void close() {
        if (statements != null) {
            statements.close();
        }
    }

    private void handle(RoutingContext ctx) {
        String contentType = responseContentType(ctx);
        ParsedRequest request = contentType == null ? null : request(ctx);
        DirectReads.Compiled compiled = request == null ? null : reads.compile(request);
        if (compiled == null) {
            ctx.next();
            return;
        }
        statements.executeBlocking(() -> ctx.response().closed() ? null : reads.run(compiled), false)
                .onComplete(result -> answer(ctx, contentType, compiled, result));
    }

    private void answer(RoutingContext ctx, String contentType, DirectReads.Compiled compiled,
            AsyncResult<byte[]> result) {
        if (result.succeeded() && result.result() == null) {
            return; // the client left while the request waited for a thread: nothing was run
        }
        if (result.failed()) {
            answerFailure(ctx, contentType, compiled, result.cause());
            return;
        }
        byte[] data = result.result();
        if (data.length > maxAnswerSize) {
            answerError(ctx, contentType, 200, LimitExceededException.answerSize(maxAnswerSize));
            return;
        }
        ctx.response().setStatusCode(200)
                .putHeader("Content-Type", contentType)
                .putHeader(EXECUTION_HEADER, "single-statement")
                .end(Buffer.buffer(data.length + DATA_OPEN.length + 1)
                        .appendBytes(DATA_OPEN).appendBytes(data).appendByte((byte) '}'));
    }

    /**
     * A statement that failed is answered as an error, never run again by the resolvers: a timeout, an unavailable
     * database or bad input with its code, anything else as an internal error with a reference to the log.
     */
    private void answerFailure(RoutingContext ctx, String contentType, DirectReads.Compiled compiled, Throwable cause) {
        RuntimeException known = cause instanceof ApiException api ? api : SqlFailures.translate(cause);
        if (known == null) {
            String reference = UUID.randomUUID().toString();
            LOG.errorf(cause, "Internal error %s in a direct read: %s", reference, compiled.sql());
            known = new InternalErrorException(reference);
        }
        int status = known instanceof ServiceUnavailableException && contentType.startsWith(GRAPHQL_RESPONSE) ? 503 : 200;
        answerError(ctx, contentType, status, known);
    }

    private void answerError(RoutingContext ctx, String contentType, int status, RuntimeException error) {
        ErrorCode code = error.getClass().getAnnotation(ErrorCode.class);
        String name = code == null ? "INTERNAL_SERVER_ERROR" : code.value();
        RequestBudget.noteError(name);
        Map<String, Object> details = error instanceof ErrorDetails withDetails ? withDetails.details() : Map.of();
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", contentType)
                .putHeader(EXECUTION_HEADER, "single-statement")
                .end(Buffer.buffer(ErrorAnswer.of(json, name, error.getMessage(), details, true)));
    }

    /** The request as the gate parsed it, when it is one that the resolvers would read the same way; else null. */
    private static ParsedRequest request(RoutingContext ctx) {
        if ("resolvers".equalsIgnoreCase(ctx.request().getHeader(EXECUTION_HEADER))) {
            return null;
        }
        boolean get = ctx.request().method() == HttpMethod.GET;
        if (!get && (ctx.request().method() != HttpMethod.POST || !ctx.queryParams().isEmpty())) {
            return null; // a POST with parameters too: SmallRye's reading of it is its own
        }
        if (get) {
            ParsedRequest request = ctx.get(ParsedRequest.KEY);
            return request == null || !request.valid() ? null : request;
        }
        String requestType = ctx.request().getHeader("Content-Type");
        if (requestType != null && !requestType.startsWith("application/json")) {
            return null;
        }
        ParsedRequest request = ctx.get(ParsedRequest.KEY);
        return request == null || !request.valid() ? null : request;
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
