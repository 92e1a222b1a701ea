package org.parley.graphql;

/** An error whose message is written for the API's user and is safe to show. */
public abstract class ApiException extends RuntimeException {

    protected ApiException(String message) {
        super(message, null, false, false);
    }
}
