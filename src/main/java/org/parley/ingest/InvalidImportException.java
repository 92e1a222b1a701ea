package org.parley.ingest;

import io.smallrye.graphql.api.ErrorCode;
import java.util.Map;
import org.parley.graphql.BadUserInputException;
import org.parley.graphql.ErrorDetails;

/**
 * An import document that cannot be recorded as it stands: a dangling or ambiguous reference, a bad value. For
 * clients it is an input error like any other, with the path of the offending field.
 */
@ErrorCode("BAD_USER_INPUT")
public class InvalidImportException extends BadUserInputException implements ErrorDetails {

    private final String field;

    public InvalidImportException(String message) {
        super(message);
        this.field = null;
    }

    /**
     * @param field the path of the offending entry or value in the document, e.g. {@code statements[0].speaker}
     * @param problem what is wrong with it, after its path in the message
     */
    public InvalidImportException(String field, String problem) {
        super(field + " " + problem);
        this.field = field;
    }

    /** The path from importArticle's argument, {@code document}, as the other input errors of the API give it. */
    @Override
    public Map<String, Object> details() {
        return field == null ? Map.of() : Map.of("field", "document." + field);
    }
}
