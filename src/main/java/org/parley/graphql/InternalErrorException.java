package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** Something failed inside the server; the message carries only a reference to the log entry. */
@ErrorCode("INTERNAL_SERVER_ERROR")
public class InternalErrorException extends ApiException {

    public InternalErrorException(String reference) {
        super("The server failed to answer this request. Reference " + reference + " identifies the failure in"
                + " the server log.");
    }
}
