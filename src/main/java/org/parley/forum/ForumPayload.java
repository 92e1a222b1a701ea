package org.parley.forum;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("ForumPayload")
@Description("The forum a mutation wrote, as it is now.")
public record ForumPayload(@NonNull @Description("The forum written.") Forum forum) {
}
