package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** A write without credentials: reads are open, writes need a signed-in editor. */
@ErrorCode("UNAUTHENTICATED")
public class UnauthenticatedException extends ApiException {

    public UnauthenticatedException() {
        super("Sign in to write: send an Authorization header with the credentials of an editor.");
    }
}
