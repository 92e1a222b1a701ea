package org.parley.limits;

import io.smallrye.graphql.api.ErrorCode;
import org.parley.graphql.ApiException;

/**
 * Parley cannot serve the request now, through no fault of the request: the database is unreachable or has no
 * connection free. Answered with HTTP 503 where the client accepts {@code application/graphql-response+json}; the
 * same request may be sent again later.
 */
@ErrorCode("SERVICE_UNAVAILABLE")
public class ServiceUnavailableException extends ApiException {

    public static final String CODE = "SERVICE_UNAVAILABLE";

    public ServiceUnavailableException(String message) {
        super(message);
        RequestBudget.answerWith(503);
    }
}
