package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A mutation named something that does not exist. Queries answer null instead. */
@ErrorCode("NOT_FOUND")
public class NotFoundException extends ApiException {

    public NotFoundException(String message) {
        super(message);
    }
}
