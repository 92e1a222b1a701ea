package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request asked for something malformed: a bad ID, cursor, page size or filter. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ApiException {

    public BadUserInputException(String message) {
        super(message);
    }
}
