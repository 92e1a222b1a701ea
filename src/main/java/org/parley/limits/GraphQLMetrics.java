package org.parley.limits;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * GraphQL requests as Micrometer timers ({@code parley_graphql_requests_seconds} at {@code /q/metrics}): by operation
 * name, the path that answered (the gate's refusal, the single statement, the resolvers), HTTP status and error code,
 * with a latency histogram. Operation names come from clients, so only {@value #NAMES} distinct well-formed names
 * get a series of their own; the rest are counted as {@code other}.
 */
@ApplicationScoped
public class GraphQLMetrics {

    private static final int NAMES = 200;
    private static final Pattern NAME = Pattern.compile("[_A-Za-z][_0-9A-Za-z]{0,63}");

    private final MeterRegistry registry;
    private final Set<String> names = ConcurrentHashMap.newKeySet();
    /** The timers by their tags, so that a request finds its timer with one look-up. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    GraphQLMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    MeterRegistry registry() {
        return registry;
    }

    /** Records a request that was answered, {@code nanos} after it arrived. */
    void record(RoutingContext ctx, String operationName, String path, String code, long nanos) {
        String operation = operation(operationName);
        String status = Integer.toString(ctx.response().getStatusCode());
        String errorCode = code == null ? "none" : code;
        timers.computeIfAbsent(operation + '\n' + path + '\n' + status + '\n' + errorCode,
                key -> Timer.builder("parley.graphql.requests")
                        .description("GraphQL requests by operation, path taken, HTTP status and error code")
                        .tag("operation", operation)
                        .tag("path", path)
                        .tag("status", status)
                        .tag("code", errorCode)
                        .publishPercentileHistogram()
                        .minimumExpectedValue(Duration.ofMillis(1))
                        .maximumExpectedValue(Duration.ofSeconds(30))
                        .register(registry))
                .record(nanos, TimeUnit.NANOSECONDS);
    }

    private String operation(String name) {
        if (name == null || name.isEmpty()) {
            return "anonymous";
        }
        if (!NAME.matcher(name).matches()) {
            return "other";
        }
        if (names.contains(name) || (names.size() < NAMES && names.add(name))) {
            return name;
        }
        return "other";
    }
}
