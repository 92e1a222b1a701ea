package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;
import java.util.Map;

/**
 * A mutation's input breaks a rule: a required value is missing, a value is too long or malformed, a reference
 * names nothing or the wrong type. Names the offending fields by their path from the argument, e.g.
 * {@code input.sides[1].participants}.
 */
@ErrorCode("BAD_USER_INPUT")
public class InvalidInputException extends BadUserInputException implements ErrorDetails {

    /** One broken rule: the path of the field and what is wrong with it. */
    public record Violation(String field, String message) {
    }

    private final List<Violation> violations;

    public InvalidInputException(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public InvalidInputException(List<Violation> violations) {
        super(summary(violations));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("field", violations.get(0).field(), "violations", violations.stream()
                .map(v -> Map.of("field", v.field(), "message", v.message())).toList());
    }

    private static String summary(List<Violation> violations) {
        return String.join("; ", violations.stream().map(v -> v.field() + " " + v.message()).toList());
    }
}
