package org.parley.official;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PositionPayload")
@Description("The position a mutation wrote, as it is now.")
public record PositionPayload(@NonNull @Description("The position written.") Position position) {
}
