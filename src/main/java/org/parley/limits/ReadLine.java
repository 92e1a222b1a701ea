package org.parley.limits;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The line that heavy requests wait in: at most {@code parley.limits.line.concurrency} run at once, at most
 * {@code parley.limits.line.length} wait, none longer than {@code parley.limits.line.max-wait}. A request beyond the
 * line, or that waited too long, is refused at once (503), so that a burst costs the server nothing it cannot give
 * back; a request whose client has gone while it waited is dropped, not run. Cheap requests never enter the line.
 */
@ApplicationScoped
public class ReadLine {

    /** What happens to a request that asks to enter. */
    public interface Outcome {
        /** The request may run now; {@link #leave()} must follow when it is done (the gate does it at the end). */
        void admitted();

        /** The line is full ({@code waited} false) or the wait was too long ({@code waited} true). */
        void refused(String why, boolean waited);
    }

    private record Waiter(RoutingContext request, Context context, Outcome outcome, long[] timer) {
    }

    private final Vertx vertx;
    private final int concurrency;
    private final int length;
    private final long maxWaitMillis;
    private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
    private int running;
    private long dropped;

    ReadLine(Vertx vertx, RequestLimits limits,
            @ConfigProperty(name = "parley.graphql.direct-reads.concurrency") Optional<Integer> directReads) {
        this.vertx = vertx;
        // by default as many as single statements may run at once, so that the line never holds those back
        this.concurrency = limits.line().concurrency()
                .orElse(directReads.orElse(Runtime.getRuntime().availableProcessors()));
        this.length = limits.line().length();
        this.maxWaitMillis = Math.max(1, limits.line().maxWait().toMillis());
        if (concurrency < 1 || length < 0) {
            throw new IllegalArgumentException("parley.limits.line.concurrency must be at least 1 and "
                    + "parley.limits.line.length at least 0, not " + concurrency + " and " + length);
        }
    }

    /** Asks for {@code request} to run; the outcome is told on the request's own context. */
    public void enter(RoutingContext request, Outcome outcome) {
        Waiter waiter;
        synchronized (this) {
            if (running < concurrency) {
                running++;
                waiter = null;
            } else if (waiting.size() >= length) {
                waiter = null;
                outcome.refused("The server is busy: " + waiting.size() + " requests are waiting already.", false);
                return;
            } else {
                waiter = new Waiter(request, Vertx.currentContext(), outcome, new long[1]);
                waiting.add(waiter);
            }
        }
        if (waiter == null) {
            outcome.admitted();
            return;
        }
        waiter.timer[0] = vertx.setTimer(maxWaitMillis, id -> {
            boolean stillWaiting;
            synchronized (this) {
                stillWaiting = waiting.remove(waiter);
            }
            if (stillWaiting) {
                waiter.context.runOnContext(v -> outcome.refused("The server is busy: the request waited "
                        + maxWaitMillis + " ms without a turn.", true));
            }
        });
    }

    /** A request that was admitted is done: the longest-waiting request whose client is still there goes next. */
    public void leave() {
        Waiter next = null;
        synchronized (this) {
            running--;
            for (Iterator<Waiter> it = waiting.iterator(); it.hasNext();) {
                Waiter waiter = it.next();
                it.remove();
                if (waiter.request.response().closed() || waiter.request.response().ended()) {
                    dropped++;
                    vertx.cancelTimer(waiter.timer[0]);
                    continue;
                }
                running++;
                next = waiter;
                break;
            }
        }
        if (next != null) {
            vertx.cancelTimer(next.timer[0]);
            Waiter admitted = next;
            admitted.context.runOnContext(v -> admitted.outcome.admitted());
        }
    }

    /** Requests waiting now. */
    public synchronized int waiting() {
        return waiting.size();
    }

    /** Requests running now. */
    public synchronized int running() {
        return running;
    }

    /** Requests dropped because their client left while they waited, since start. */
    public synchronized long dropped() {
        return dropped;
    }

    /** Whether a heavy request arriving now would be refused. */
    public synchronized boolean full() {
        return running >= concurrency && waiting.size() >= length;
    }
}
