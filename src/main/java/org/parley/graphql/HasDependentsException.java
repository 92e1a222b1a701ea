package org.parley.graphql;

import io.smallrye.graphql.api.ErrorCode;
import java.util.List;
import java.util.Map;

/** A delete was refused because other objects refer to the one to delete, and the caller did not ask to cascade. */
@ErrorCode("HAS_DEPENDENTS")
public class HasDependentsException extends ApiException implements ErrorDetails {

    private final List<DependentCount> dependents;

    public HasDependentsException(String what, List<DependentCount> dependents) {
        super(what + " cannot be deleted while " + String.join(", ", dependents.stream()
                .map(d -> d.count() + " " + d.what()).toList())
                + " refer to it; delete or change those first, or pass cascade: true to deal with them too.");
        this.dependents = List.copyOf(dependents);
    }

    @Override
    public Map<String, Object> details() {
        return Map.of("dependents", dependents.stream()
                .map(d -> Map.<String, Object>of("what", d.what(), "count", d.count())).toList());
    }
}
