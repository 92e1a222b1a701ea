package org.parley.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MeetingPayload")
@Description("The meeting a mutation wrote, as it is now.")
public record MeetingPayload(@NonNull @Description("The meeting written.") BilateralMeeting meeting) {
}
