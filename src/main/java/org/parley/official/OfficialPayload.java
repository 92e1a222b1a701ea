package org.parley.official;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OfficialPayload")
@Description("The official a mutation wrote, as it is now.")
public record OfficialPayload(@NonNull @Description("The official written.") Official official) {
}
