package org.parley.limits;

import io.micrometer.core.instrument.Metrics;
import java.sql.SQLException;
import org.parley.graphql.BadUserInputException;

/**
 * Tells the failures of a statement that are not defects apart from those that are: a statement cancelled by its
 * timeout, a database that cannot be reached or has no connection to give, a text value PostgreSQL cannot store.
 * Each becomes the coded error that a client can act on; anything else stays an internal error.
 */
public final class SqlFailures {

    private SqlFailures() {
    }

    /** The API error that {@code failure} (or one of its causes) stands for, or null when it is a defect. */
    public static RuntimeException translate(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                RuntimeException known = translate(sql);
                if (known != null) {
                    return known;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static RuntimeException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("57014")) {
            Metrics.counter("parley.statement.timeouts").increment();
            return new RequestTimeoutException("A statement of this request ran longer than the statement timeout "
                    + "and was cancelled; ask for less (fewer or smaller lists) and try again.");
        }
        if (isConnectionLost(e) || state.equals("53300") || isPoolExhausted(e)) {
            return new ServiceUnavailableException("The database is not available at the moment; try again shortly.");
        }
        if (state.equals("22021") || state.equals("22P05") || (state.equals("22023") && e.getMessage() != null
                && e.getMessage().contains("Zero bytes"))) {
            return new BadUserInputException("A text value holds a NUL character (U+0000), which the database "
                    + "cannot store or compare; remove it and send the request again.");
        }
        return null;
    }

    /**
     * Whether the statement failed because its connection is gone: PostgreSQL shut down or restarted, or the
     * connection broken (SQL states 08…, 57P01 to 57P03). The statement did not run; a read can be sent again.
     */
    public static boolean isConnectionLost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
    }

    /** Agroal's answer when no connection came free in time: an SQLException without a state. */
    private static boolean isPoolExhausted(SQLException e) {
        return e.getSQLState() == null && e.getMessage() != null && e.getMessage().contains("acquisition timeout");
    }
}
