package org.parley.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TopicPayload")
@Description("The topic a mutation wrote, as it is now.")
public record TopicPayload(@NonNull @Description("The topic written.") Topic topic) {
}
