package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;

/** The request asked for something malformed: a bad ID, cursor, page size or filter. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ApiException {

    private static final int QUOTED = 64;

    public BadUserInputException(String message) {
        super(message);
    }

    /**
     * A client's value as an error may repeat it: whole up to {@value #QUOTED} characters, else its start and how
     * long it was, so that an error never grows with the input it reports.
     */
    public static String quote(String value) {
        if (value == null || value.length() <= QUOTED) {
            return value;
        }
        return value.substring(0, QUOTED) + "… (" + value.length() + " characters)";
    }
}
