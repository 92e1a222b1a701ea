package org.parley.graphql;

import io.quarkus.logging.LoggingFilter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Filter;
import java.util.logging.LogRecord;

/**
 * Keeps the errors a client caused (a bad ID, cursor or input: the API's own exceptions) out of the server log,
 * where SmallRye GraphQL would write each of them as an ERROR. The client already has the message; failures of
 * the server itself are still logged, with the reference the client was given.
 */
@LoggingFilter(name = "client-errors")
public final class ClientErrorLogFilter implements Filter {

    private static final String DATA_FETCHING_ERROR = "SRGQL012000: Data Fetching Error: ";

    private final Map<String, Boolean> clientErrorClasses = new ConcurrentHashMap<>();

    @Override
    public boolean isLoggable(LogRecord record) {
        Throwable thrown = record.getThrown();
        if (thrown != null) {
            return !isClientError(thrown.getClass());
        }
        String message = record.getMessage();
        if (message == null || !message.startsWith(DATA_FETCHING_ERROR)) {
            return true;
        }
        int end = message.indexOf(':', DATA_FETCHING_ERROR.length());
        String className = message.substring(DATA_FETCHING_ERROR.length(), end < 0 ? message.length() : end).trim();
        return !clientErrorClasses.computeIfAbsent(className, ClientErrorLogFilter::isClientError);
    }

    private static boolean isClientError(String className) {
        try {
            return isClientError(Class.forName(className, false, ClientErrorLogFilter.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static boolean isClientError(Class<?> type) {
        return ApiException.class.isAssignableFrom(type) && !InternalErrorException.class.isAssignableFrom(type);
    }
}
