package org.parley.limits;

import io.smallrye.common.vertx.ContextLocals;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What is left of one request's budget while it runs: its deadline and the rows it may still read. Kept in the
 * request's Vert.x context, so that code far from the HTTP layer (every statement the resolvers send) can charge it
 * without its being passed down. Also carries the HTTP status that an error found during execution calls for (503
 * for an unavailable database), which the gate sets on the answer.
 */
public final class RequestBudget {

    private static final String KEY = RequestBudget.class.getName();

    private final long deadline;
    private final long maxRows;
    private final AtomicLong rows = new AtomicLong();
    private volatile int status;
    private volatile String errorCode;

    RequestBudget(long deadlineNanos, long maxRows) {
        this.deadline = deadlineNanos;
        this.maxRows = maxRows;
    }

    /** The budget of the request running on this thread's context, or null outside a request (start-up, tests). */
    public static RequestBudget current() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return null;
        }
        try {
            return ContextLocals.<RequestBudget> get(KEY).orElse(null);
        } catch (UnsupportedOperationException e) {
            return null; // not a request's (duplicated) context
        }
    }

    void attach() {
        ContextLocals.put(KEY, this);
    }

    /** Refuses to start a statement once the request's deadline has passed. */
    public void checkDeadline() {
        if (System.nanoTime() - deadline > 0) {
            throw new RequestTimeoutException("The request ran out of time before it was done; ask for less "
                    + "(fewer or smaller lists) and try again.");
        }
    }

    /** Counts rows read for the request, refusing the request once there are more than its limit. */
    public void chargeRows(long read) {
        long total = rows.addAndGet(read);
        if (total > maxRows) {
            throw new LimitExceededException("rows", maxRows, total, "The request read more than " + maxRows
                    + " rows from the database; ask for smaller pages or fewer nested lists.");
        }
    }

    /** Asks the gate to answer with this HTTP status (where the client accepts graphql-response+json). */
    public static void answerWith(int status) {
        RequestBudget budget = current();
        if (budget != null && budget.status == 0) {
            budget.status = status;
        }
    }

    int status() {
        return status;
    }

    /** Notes the code of an error the request is answered with (the first one), for the metrics. */
    public static void noteError(String code) {
        RequestBudget budget = current();
        if (budget != null && budget.errorCode == null) {
            budget.errorCode = code;
        }
    }

    String errorCode() {
        return errorCode;
    }
}
