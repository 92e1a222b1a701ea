package org.parley.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.parser.InvalidSyntaxException;
import graphql.schema.GraphQLSchema;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.MIMEHeader;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.parley.graphql.ApiException;
import org.parley.graphql.ServedSchema;

/**
 * The one way in for GraphQL over HTTP (POST on {@code /graphql}, and GET where it is switched on), before either
 * read path: reads the
 * request within {@code parley.limits.body-size}, refuses a malformed one (400), parses its document within the
 * token and character limits, measures its cost ({@link QueryCost}) and refuses it, naming the limit, before
 * anything runs; charges it to its client's rate ({@link RateLimits}, 429) and, when it is heavy, makes it wait its
 * turn ({@link ReadLine}, 503). What passes is left parsed in the routing context ({@link ParsedRequest#KEY}) for
 * the single-statement path, and runs with a {@link RequestBudget} (deadline, rows) on either path.
 *
 * <p>A request may name its document by hash ({@link PersistedDocuments}); the gate finds it, or answers
 * {@code PersistedQueryNotFound}, and hands it on as if it had been sent.
 *
 * <p>Errors answered here are GraphQL responses with a code in {@code extensions.code}. A malformed request is HTTP
 * 400 (415 for a body Parley does not read); a mutation by GET, or another method, is 405 with {@code Allow}; a
 * document that does not parse, or a request refused for its cost, is 400 under
 * {@code application/graphql-response+json} and 200 under {@code application/json}, as the GraphQL over HTTP
 * specification has it for errors before execution.
 */
@ApplicationScoped
public class GraphQLGate {

    /** Before the single-statement path (-90) and SmallRye GraphQL, after its WebSocket route (-99). */
    private static final int ROUTE_ORDER = -95;
    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json; charset=UTF-8";
    private static final String JSON = "application/json; charset=UTF-8";
    /** Only requests of at most this many bytes are held back before their refusal (see {@link #refuseLater}). */
    private static final int HELD_BODY_SIZE = 16 * 1024;
    private static final String ARRIVED = GraphQLGate.class.getName() + ".arrived";

    private final RequestLimits limits;
    private final Documents documents;
    private final ReadLine line;
    private final RateLimits rates;
    private final ObjectMapper json;
    private final GraphQLMetrics metrics;
    private final Vertx vertx;
    /** Refusals being held back now (see {@link #refuseLater}). */
    private final AtomicInteger held = new AtomicInteger();
    private final String path;
    private final int defaultPageSize;
    private final int maxPageSize;
    private final long cheapNodes;
    private final boolean getEnabled;
    private final PersistedDocuments persisted;

    GraphQLGate(RequestLimits limits, Documents documents, ReadLine line, RateLimits rates, ObjectMapper json,
            GraphQLMetrics metrics, Vertx vertx, PersistedDocuments persisted,
            @ConfigProperty(name = "quarkus.smallrye-graphql.root-path") String path,
            @ConfigProperty(name = "parley.page.default-size") int defaultPageSize,
            @ConfigProperty(name = "parley.page.max-size") int maxPageSize,
            @ConfigProperty(name = "quarkus.smallrye-graphql.http.get.enabled", defaultValue = "false") boolean getEnabled) {
        this.limits = limits;
        this.documents = documents;
        this.line = line;
        this.rates = rates;
        this.json = json;
        this.metrics = metrics;
        this.vertx = vertx;
        this.path = path;
        this.defaultPageSize = defaultPageSize;
        this.maxPageSize = maxPageSize;
        this.cheapNodes = limits.line().cheapNodes();
        this.getEnabled = getEnabled;
        this.persisted = persisted;
        MeterRegistry registry = metrics.registry();
        registry.gauge("parley.line.waiting", line, ReadLine::waiting);
        registry.gauge("parley.line.running", line, ReadLine::running);
        registry.more().counter("parley.line.dropped", List.of(), line, ReadLine::dropped);
    }

    void install(@Observes Router router) {
        var route = router.route(path).order(ROUTE_ORDER).method(HttpMethod.POST);
        if (getEnabled) {
            route.method(HttpMethod.GET); // SmallRye GraphQL answers GET only when it is switched on
        }
        route.handler(BodyHandler.create(false).setBodyLimit(limits.bodySize().asLongValue()))
                .handler(this::handle)
                .failureHandler(this::failed);
        String allowed = getEnabled ? "GET, POST" : "POST";
        router.route(path).order(ROUTE_ORDER).method(HttpMethod.PUT).method(HttpMethod.DELETE).method(HttpMethod.PATCH)
                .handler(ctx -> {
                    ctx.response().putHeader("Allow", allowed);
                    refuse(ctx, 405, "METHOD_NOT_ALLOWED", "GraphQL requests are sent by " + allowed.replace(", ", " or ")
                            + ", not by " + ctx.request().method().name() + ".", Map.of(), "method");
                });
    }

    private void handle(RoutingContext ctx) {
        ctx.put(ARRIVED, System.nanoTime());
        boolean graphqlResponse = acceptsGraphQLResponse(ctx);
        Map<String, Object> body;
        try {
            body = body(ctx);
        } catch (MalformedRequest e) {
            refuse(ctx, e.status, "BAD_REQUEST", e.getMessage(), Map.of(), "malformed");
            return;
        }
        int refusedStatus = graphqlResponse ? 400 : 200;
        ParsedRequest request;
        try {
            request = parse(ctx, body);
        } catch (MalformedRequest e) {
            refuse(ctx, 400, "BAD_REQUEST", e.getMessage(), Map.of(), "malformed");
            return;
        } catch (Unresolved e) {
            if (e.lookup instanceof PersistedDocuments.Refused refused) {
                refuse(ctx, refused.code().equals("DOCUMENT_NOT_TRUSTED") ? 403 : 400, refused.code(),
                        refused.message(), Map.of(), "persisted");
            } else {
                // Apollo's link recognises the message and sends the document with its hash
                refuse(ctx, 200, "PERSISTED_QUERY_NOT_FOUND", "PersistedQueryNotFound", Map.of(), "persisted");
            }
            return;
        } catch (InvalidSyntaxException e) {
            SourceLocation at = e.getLocation();
            answer(ctx, refusedStatus, "GRAPHQL_PARSE_FAILED", ErrorAnswer.syntax(json, e.getMessage(),
                    at == null ? 1 : at.getLine(), at == null ? 1 : at.getColumn()), "syntax");
            return;
        } catch (LimitExceededException e) {
            refuse(ctx, refusedStatus, LimitExceededException.CODE, e.getMessage(), e.details(), e.limit());
            return;
        } catch (ApiException e) {
            refuse(ctx, refusedStatus, "BAD_USER_INPUT", e.getMessage(), Map.of(), "input");
            return;
        }
        OperationDefinition operation = request.operation();
        boolean write = operation != null && operation.getOperation() != OperationDefinition.Operation.QUERY;
        if (write && ctx.request().method() == HttpMethod.GET) {
            ctx.response().putHeader("Allow", "POST");
            refuse(ctx, 405, "METHOD_NOT_ALLOWED", "A " + operation.getOperation().name().toLowerCase(Locale.ROOT)
                    + " must be sent by POST; GET is for queries only.", Map.of(), "method");
            return;
        }
        boolean heavy = write || request.cost().introspection() || request.cost().nodes() > cheapNodes;
        if (heavy) {
            long wait = rates.take(ctx.request().remoteAddress() == null ? "?" : ctx.request().remoteAddress().hostAddress(),
                    write ? RateLimits.Kind.WRITE : RateLimits.Kind.READ);
            if (wait > 0) {
                ctx.response().putHeader("Retry-After", Long.toString(wait));
                refuseLater(ctx, 429, "RATE_LIMITED", "Too many " + (write ? "writes" : "heavy reads") + " from "
                        + "this client; wait " + wait + " s before the next one.", Map.of(), "rate");
                return;
            }
        }
        ctx.put(ParsedRequest.KEY, request);
        RequestBudget budget = new RequestBudget(System.nanoTime() + limits.deadline().toNanos(), limits.rows());
        budget.attach();
        ctx.addHeadersEndHandler(v -> {
            // a document that does not validate is a request error: 4xx under graphql-response+json, as the
            // GraphQL over HTTP specification says, like any answer that has no data (RequestBudget.answerWith)
            int status = request.valid() ? budget.status() : 400;
            if (status != 0 && ctx.response().getStatusCode() == 200 && graphqlResponse) {
                ctx.response().setStatusCode(status)
                        .setStatusMessage(HttpResponseStatus.valueOf(status).reasonPhrase());
            }
            String answeredBy = ctx.response().headers().get("X-Parley-Execution");
            metrics.record(ctx, operation == null ? null : operation.getName(),
                    answeredBy == null ? "resolvers" : answeredBy,
                    budget.errorCode(), System.nanoTime() - (long) ctx.get(ARRIVED));
        });
        if (!heavy) {
            ctx.next();
            return;
        }
        line.enter(ctx, new ReadLine.Outcome() {
            @Override
            public void admitted() {
                if (ctx.response().closed()) {
                    line.leave(); // the client left before its turn came
                    return;
                }
                // the turn ends when the answer is written, or when the client goes: whichever comes first
                AtomicBoolean left = new AtomicBoolean();
                Runnable leave = () -> {
                    if (left.compareAndSet(false, true)) {
                        line.leave();
                    }
                };
                ctx.addHeadersEndHandler(v -> leave.run());
                ctx.addEndHandler(v -> leave.run());
                ctx.next();
            }

            @Override
            public void refused(String why, boolean waited) {
                ctx.response().putHeader("Retry-After", "1");
                String message = why + " Try again in a moment.";
                if (waited) {
                    refuse(ctx, 503, ServiceUnavailableException.CODE, message, Map.of(), "line");
                } else {
                    refuseLater(ctx, 503, ServiceUnavailableException.CODE, message, Map.of(), "line");
                }
            }
        });
    }

    /** A request whose document is not there to run: an unknown or untrusted hash, a refused persisted query. */
    private static final class Unresolved extends Exception {
        private final transient PersistedDocuments.Lookup lookup;

        Unresolved(PersistedDocuments.Lookup lookup) {
            super(null, null, false, false);
            this.lookup = lookup;
        }
    }

    /**
     * Hands the resolvers the document that a request named by its hash alone, as if the client had sent it: in the
     * parameters of a GET, in the JSON body of a POST (the single-statement route reads the parsed request instead).
     */
    private void resend(RoutingContext ctx, Map<String, Object> body, String document) {
        if (ctx.request().method() == HttpMethod.GET) {
            ctx.queryParams().set("query", document);
            return;
        }
        Map<String, Object> whole = new LinkedHashMap<>(body);
        whole.put("query", document);
        try {
            ((RoutingContextInternal) ctx).setBody(Buffer.buffer(json.writeValueAsBytes(whole)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A request read from JSON could not be written again", e);
        }
    }

    /** A request body or parameters that are not a GraphQL request at all. */
    private static final class MalformedRequest extends Exception {
        private final int status;

        MalformedRequest(String message) {
            this(message, 400);
        }

        MalformedRequest(String message, int status) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /** The request's fields (query, operationName, variables, extensions). */
    private Map<String, Object> body(RoutingContext ctx) throws MalformedRequest {
        Map<String, Object> body = new LinkedHashMap<>();
        if (ctx.request().method() == HttpMethod.GET) {
            for (String name : List.of("query", "operationName", "variables", "extensions")) {
                String value = ctx.queryParams().get(name);
                if (value != null) {
                    body.put(name, value);
                }
            }
            return body;
        }
        String type = ctx.request().getHeader("Content-Type");
        if (type != null && type.startsWith("application/graphql")) {
            body.put("query", ctx.body().asString());
            return body;
        }
        if (type == null || !type.startsWith("application/json")) {
            throw new MalformedRequest((type == null ? "The request has no Content-Type" : "Content-Type " + type
                    + " is not one Parley reads") + "; send the request as application/json (an object with"
                    + " `query`), or the document alone as application/graphql.", 415);
        }
        if (ctx.body() == null || ctx.body().buffer() == null || ctx.body().length() == 0) {
            throw new MalformedRequest("The request has no body; send a JSON object with a `query`.");
        }
        Object parsed;
        try {
            // one pass over the body, straight into maps and lists (the variables as graphql-java takes them)
            parsed = json.readValue(ctx.body().buffer().getBytes(), Object.class);
        } catch (IOException e) {
            throw new MalformedRequest("The request body is not valid JSON: " + firstLine(e.getMessage()));
        }
        if (parsed instanceof List) {
            throw new MalformedRequest("Batches are not accepted: send one operation per request.");
        }
        if (!(parsed instanceof Map)) {
            throw new MalformedRequest("The request body must be a JSON object with a `query`, not "
                    + (parsed == null ? "null" : "a single value") + ".");
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> fields = (Map<String, Object>) parsed;
        return fields;
    }

    @SuppressWarnings("unchecked")
    private ParsedRequest parse(RoutingContext ctx, Map<String, Object> body) throws MalformedRequest, Unresolved {
        Object query = body.get("query");
        Object operationName = body.get("operationName");
        Object variables = body.get("variables");
        Object extensions = body.get("extensions");
        if (query != null && !(query instanceof String)) {
            throw new MalformedRequest("`query` must be the GraphQL document as a string.");
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw new MalformedRequest("`operationName` must be a string or null.");
        }
        if (variables instanceof String encoded) {
            variables = encoded.isBlank() ? null : decodeObject(encoded, "variables");
        }
        if (variables != null && !(variables instanceof Map)) {
            throw new MalformedRequest("`variables` must be a JSON object mapping each variable's name to its value.");
        }
        if (extensions instanceof String encoded) {
            extensions = encoded.isBlank() ? null : decodeObject(encoded, "extensions");
        }
        if (extensions != null && !(extensions instanceof Map)) {
            throw new MalformedRequest("`extensions` must be a JSON object.");
        }
        String text = query == null || ((String) query).isBlank() ? null : (String) query;
        PersistedDocuments.Lookup lookup = persisted.lookup(text, (Map<?, ?>) extensions);
        if (!(lookup instanceof PersistedDocuments.Found found)) {
            throw new Unresolved(lookup);
        }
        text = found.document();
        if (found.byHashOnly()) {
            resend(ctx, body, text);
        }
        GraphQLSchema schema = ServedSchema.get();
        Documents.Checked checked = documents.parse(text, schema);
        Map<String, Object> values = (Map<String, Object>) variables;
        String name = (String) operationName;
        QueryCost cost;
        if (schema == null) {
            cost = new QueryCost(0, 0, 0, 0, 0, false, false);
        } else if (values == null || values.isEmpty()) {
            // the same document without variables costs the same every time: measured once
            cost = checked.costsWithoutVariables().computeIfAbsent(name == null ? "" : name,
                    key -> QueryCost.of(checked.document(), name, null, schema, defaultPageSize, maxPageSize,
                            limits.unpagedListSize()));
        } else {
            cost = QueryCost.of(checked.document(), name, values, schema, defaultPageSize, maxPageSize,
                    limits.unpagedListSize());
        }
        cost.check(limits);
        if (checked.literalProblem() != null) {
            throw checked.literalProblem();
        }
        OperationDefinition operation = QueryCost.operation(checked.document(), name);
        InputValues.checkVariables(operation, values);
        return new ParsedRequest(name, values, checked.document(), operation, checked.valid(), cost);
    }

    private Object decodeObject(String encoded, String name) throws MalformedRequest {
        try {
            Object decoded = json.readValue(encoded, Object.class);
            if (decoded instanceof Map) {
                return decoded;
            }
        } catch (JsonProcessingException e) {
            // answered below
        }
        throw new MalformedRequest("`" + name + "` must be a JSON object; it was given as a string that is not one.");
    }

    /** The body handler's refusals: a body over the limit (413), or one it could not read. */
    private void failed(RoutingContext ctx) {
        if (ctx.response().ended()) {
            return;
        }
        if (ctx.statusCode() == 413) {
            long max = limits.bodySize().asLongValue();
            refuse(ctx, 413, LimitExceededException.CODE, "The request body is larger than the " + max
                    + " bytes allowed; send a smaller request.", Map.of("limit", "bodySize", "maximum", max), "bodySize");
            return;
        }
        ctx.next();
    }

    /**
     * Refuses a request for want of capacity (rate, line) after {@code parley.limits.refusal-delay}, as long as at
     * most {@code parley.limits.refusals-held} small requests are being held so: a client that floods the server
     * gets its refusals at the pace it may retry, instead of as fast as it sends, which would keep the event loops
     * busy refusing while cheap requests wait behind the flood.
     */
    private void refuseLater(RoutingContext ctx, int status, String code, String message, Map<String, Object> details,
            String reason) {
        long delay = limits.refusalDelay().toMillis();
        boolean small = ctx.body() == null || ctx.body().length() <= HELD_BODY_SIZE;
        if (delay <= 0 || !small || held.incrementAndGet() > limits.refusalsHeld()) {
            if (delay > 0 && small) {
                held.decrementAndGet();
            }
            refuse(ctx, status, code, message, details, reason);
            return;
        }
        vertx.setTimer(delay, id -> {
            held.decrementAndGet();
            if (!ctx.response().closed() && !ctx.response().ended()) {
                refuse(ctx, status, code, message, details, reason);
            }
        });
    }

    private void refuse(RoutingContext ctx, int status, String code, String message, Map<String, Object> details,
            String reason) {
        answer(ctx, status, code, ErrorAnswer.of(json, code, message, details, false), reason);
    }

    /** Answers a refusal with its body, counted by {@code reason} and measured like any answer. */
    private void answer(RoutingContext ctx, int status, String code, byte[] body, String reason) {
        metrics.registry().counter("parley.requests.refused", "reason", reason).increment();
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", acceptsGraphQLResponse(ctx) ? GRAPHQL_RESPONSE : JSON)
                .end(Buffer.buffer(body));
        Long arrived = ctx.get(ARRIVED);
        metrics.record(ctx, null, "gate", code, arrived == null ? 0 : System.nanoTime() - arrived);
    }

    /**
     * Whether the answer goes out as {@code application/graphql-response+json} (SmallRye's default), rather than
     * {@code application/json}, which a client gets when it accepts that but not the former.
     */
    private static boolean acceptsGraphQLResponse(RoutingContext ctx) {
        List<MIMEHeader> accepted = ctx.parsedHeaders().accept();
        if (accepted == null || accepted.isEmpty()) {
            return true;
        }
        for (MIMEHeader type : accepted) {
            String raw = type.rawValue();
            if (raw.startsWith("application/graphql-response+json") || raw.startsWith("*/*")) {
                return true;
            }
            if (raw.startsWith("application/json")) {
                return false;
            }
        }
        return true;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
