package org.parley.graphql;

import java.util.Map;

/** An error that tells a client more than its code and message, in the error's {@code extensions}. */
public interface ErrorDetails {

    /** Extension entries by key: strings, numbers, and lists or maps of them. */
    Map<String, Object> details();
}
