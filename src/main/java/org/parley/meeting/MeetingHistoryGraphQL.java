package org.parley.meeting;

import java.util.List;
import org.parley.graphql.ApiErrors;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/** What came before a meeting between the same two countries; one statement for all the meetings of a list. */
@GraphQLApi
@ApiErrors
public class MeetingHistoryGraphQL {

    private final MeetingHistory history;

    public MeetingHistoryGraphQL(MeetingHistory history) {
        this.history = history;
    }

    @Name("previousMeetingBetweenSides")
    @Description("The latest meeting between the same two countries (on either side) held on an earlier day: one"
            + " whose status is HELD (a meeting only planned or cancelled, or whose status is unknown, did not take"
            + " place as far as the sources say); null when there is none in Parley, when either date is unknown,"
            + " and for a meeting that is no pair of countries (one with an organisation, or of more parties). A note"
            + " such as \"the first talks in two years\" is the source's claim; this is what the data holds.")
    public List<BilateralMeeting> previousMeetingBetweenSides(@Source List<BilateralMeeting> parents) {
        return history.previousOf(parents).stream().map(p -> p == null ? null : p.meeting()).toList();
    }

    @Name("daysSincePreviousMeeting")
    @Description("Days between the previous meeting between the same two countries (previousMeetingBetweenSides:"
            + " the latest one held) and this one; null when there is no previous meeting or a date is unknown.")
    public List<Integer> daysSincePreviousMeeting(@Source List<BilateralMeeting> parents) {
        return history.previousOf(parents).stream().map(p -> p == null ? null : p.days()).toList();
    }
}
