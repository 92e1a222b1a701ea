package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A write by a caller who is signed in but does not have the editor role. */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ApiException {

    public ForbiddenException(String who) {
        super(who + " may read but not write: writes need the editor role.");
    }
}
