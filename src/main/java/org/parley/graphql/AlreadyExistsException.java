package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;
import java.util.HashMap;
import java.util.Map;

/** A create or update would make a second object with the natural key of an existing one. */
@ErrorCode("ALREADY_EXISTS")
public class AlreadyExistsException extends ApiException implements ErrorDetails {

    private final String field;
    private final String existingId;

    /**
     * @param field path of the input field that holds the key, e.g. {@code input.code}
     * @param existingId API ID of the object that has the key, when known
     */
    public AlreadyExistsException(String field, String message, String existingId) {
        super(message);
        this.field = field;
        this.existingId = existingId;
    }

    @Override
    public Map<String, Object> details() {
        Map<String, Object> details = new HashMap<>();
        details.put("field", field);
        if (existingId != null) {
            details.put("existingId", existingId);
        }
        return details;
    }
}
