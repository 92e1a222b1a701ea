package org.parley.limits;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A GraphQL response that holds one error with its code and details, for answers given outside SmallRye GraphQL. */
public final class ErrorAnswer {

    private ErrorAnswer() {
    }

    /**
     * The response's JSON: {@code {"errors":[{"message":…,"extensions":{"code":…, …details}}]}}, with
     * {@code "data": null} after it when {@code dataNull} (an error during execution rather than before it).
     */
    public static byte[] of(ObjectMapper json, String code, String message, Map<String, Object> details,
            boolean dataNull) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(details);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", List.of(error));
        if (dataNull) {
            body.put("data", null);
        }
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An error answer could not be written", e);
        }
    }
}
