package org.parley.ingest;

import io.smallrye.graphql.api.ErrorCode;
import org.parley.graphql.BadUserInputException;

/** An import document that cannot be recorded as it stands: a dangling or ambiguous reference, a bad value. */
@ErrorCode("INVALID_IMPORT")
public class InvalidImportException extends BadUserInputException {

    public InvalidImportException(String message) {
        super(message);
    }
}
