package org.parley.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DependentCount")
@Description("How many objects of one kind refer to an object that is deleted.")
public record DependentCount(
        @NonNull @Description("Which objects, e.g. statements the official made.") String what,
        @Description("How many.") int count) {
}
