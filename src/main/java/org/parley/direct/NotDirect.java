package org.parley.direct;

/**
 * Thrown while compiling when a query asks for something that only the resolvers answer (a field without a SQL
 * form, an argument to check, an error to report): the request then goes the usual way. Carries no stack trace;
 * it is control flow, not a failure.
 */
final class NotDirect extends RuntimeException {

    NotDirect(String reason) {
        super(reason, null, false, false);
    }
}
