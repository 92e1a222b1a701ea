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
        return write(json, error(code, message, details), dataNull);
    }

    /** A document that does not parse: the parser's message, where it stopped, and GraphQL's classification. */
    public static byte[] syntax(ObjectMapper json, String message, int line, int column) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("locations", List.of(Map.of("line", line, "column", column)));
        error.put("extensions", Map.of("code", "GRAPHQL_PARSE_FAILED", "classification", "InvalidSyntax"));
        return write(json, error, false);
    }

    private static Map<String, Object> error(String code, String message, Map<String, Object> details) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("code", code);
        extensions.putAll(details);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("message", message);
        error.put("extensions", extensions);
        return error;
    }

    private static byte[] write(ObjectMapper json, Map<String, Object> error, boolean dataNull) {
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
