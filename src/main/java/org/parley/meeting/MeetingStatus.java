package org.parley.meeting;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("MeetingStatus")
@Description("Whether a meeting took place, as the sources report it.")
public enum MeetingStatus {
    @Description("Announced or scheduled, not yet reported as held (\"will meet on Wednesday\").")
    PLANNED,
    @Description("Reported as having taken place.")
    HELD,
    @Description("Reported as called off.")
    CANCELLED,
    @Description("The sources do not say whether it took place.")
    UNKNOWN;

    /**
     * What a meeting is once a further report says {@code reported} of it: a report that it was held or called
     * off settles a planned or unknown meeting, and one that it is planned or unknown settles nothing, whichever
     * report comes first; a meeting reported both held and cancelled stays held, since it was seen to take place.
     */
    public MeetingStatus withReport(MeetingStatus reported) {
        return reported == null || reported.rank() < rank() ? this : reported;
    }

    private int rank() {
        return switch (this) {
            case UNKNOWN -> 0;
            case PLANNED -> 1;
            case CANCELLED -> 2;
            case HELD -> 3;
        };
    }
}
