package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;
import java.util.Map;

/**
 * An update or delete named a version that is no longer the current one: someone else changed the object
 * since the caller read it. Carries the current version, to read the object again and decide.
 */
@ErrorCode("CONFLICT")
public class ConflictException extends ApiException implements ErrorDetails {

    private final Integer currentVersion;

    public ConflictException(String what, int expectedVersion, int currentVersion) {
        super(what + " is at version " + currentVersion + ", not " + expectedVersion
                + ": it was changed since you read it. Read it again and retry with expectedVersion "
                + currentVersion + " if your change still applies.");
        this.currentVersion = currentVersion;
    }

    /** A write that met another one on rows it did not lock, so that no version can be named. */
    public ConflictException(String message) {
        super(message);
        this.currentVersion = null;
    }

    @Override
    public Map<String, Object> details() {
        return currentVersion == null ? Map.of() : Map.of("currentVersion", currentVersion);
    }
}
