package org.parley.limits;

import io.smallrye.graphql.api.ErrorCode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.parley.graphql.ApiException;
import org.parley.graphql.ErrorDetails;

/**
 * A request over one of the bounds of {@link RequestLimits}: names the limit, its maximum and, where it was
 * measured, how much the request asked for, so that a client knows what to cut.
 */
@ErrorCode("LIMIT_EXCEEDED")
public class LimitExceededException extends ApiException implements ErrorDetails {

    /** The code that this error carries in {@code extensions.code}. */
    public static final String CODE = "LIMIT_EXCEEDED";

    private final String limit;
    private final long maximum;
    private final Long actual;

    public LimitExceededException(String limit, long maximum, Long actual, String message) {
        super(message);
        this.limit = limit;
        this.maximum = maximum;
        this.actual = actual;
    }

    /**
     * An answer past {@code parley.limits.answer-size}: the same words whichever path built it (each measures its
     * own JSON, so the size itself is not given).
     */
    /** An instance serving as many subscriptions as it may. */
    public static LimitExceededException subscriptions(long maximum) {
        return new LimitExceededException("subscriptions", maximum, null, "This instance of Parley serves " + maximum
                + " subscriptions already, as many as it may; try again later, or on another instance.");
    }

    /** A WebSocket connection with as many subscriptions open as one may have. */
    public static LimitExceededException subscriptionsPerConnection(long maximum) {
        return new LimitExceededException("subscriptionsPerConnection", maximum, null, "This connection has "
                + maximum + " subscriptions open already, as many as one connection may; complete one before"
                + " starting another.");
    }

    /** A subscriber that let more events wait than its feed holds. */
    public static LimitExceededException slowSubscriber(long maximum) {
        return new LimitExceededException("subscriptionBuffer", maximum, null, "More than " + maximum + " events"
                + " waited for this subscriber to take them, so its subscription ended; subscribe again with after"
                + " set to the last cursor it received, and nothing is lost.");
    }

    public static LimitExceededException answerSize(long maximum) {
        return new LimitExceededException("answerSize", maximum, null, "The answer would be more than " + maximum
                + " bytes; ask for smaller pages or fewer fields.");
    }

    public String limit() {
        return limit;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("limit", limit);
        details.put("maximum", maximum);
        if (actual != null) {
            details.put("actual", actual);
        }
        return details;
    }
}
