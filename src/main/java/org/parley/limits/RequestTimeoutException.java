package org.parley.limits;

import io.smallrye.graphql.api.ErrorCode;
import org.parley.graphql.ApiException;

/** A request or one of its statements took longer than it may; nothing it was writing was kept. */
@ErrorCode("TIMEOUT")
public class RequestTimeoutException extends ApiException {

    public static final String CODE = "TIMEOUT";

    public RequestTimeoutException(String message) {
        super(message);
    }
}
