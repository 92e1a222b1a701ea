package org.parley.meeting;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MeetingFilter")
@Description("Narrows a list of meetings; conditions given together must all hold.")
public class MeetingFilter {

    @Id
    @Description("Only meetings in which one of these countries was a side (any side).")
    public List<@NonNull String> countryIds;

    @Id
    @Description("Only meetings in which one of these organisations was a side, e.g. the talks with the EU.")
    public List<@NonNull String> organizationIds;

    @Id
    @Description("Only meetings in which both of these countries were sides: their meetings of two, and those of more"
            + " parties with both among them; exactly two different country IDs.")
    public List<@NonNull String> betweenCountries;

    @Id
    @Description("Only meetings in which one of these officials took part.")
    public List<@NonNull String> officialIds;

    @Id
    @Description("Only meetings held at or on the sidelines of one of these forums.")
    public List<@NonNull String> forumIds;

    @Id
    @Description("Only meetings with one of these topics on the agenda.")
    public List<@NonNull String> topicIds;

    @Description("Only meetings of one of these statuses, e.g. [HELD] for those reported as having taken place.")
    public List<@NonNull MeetingStatus> statuses;

    @Description("Only meetings held on or after this day (meetings without a known date are left out).")
    public LocalDate heldFrom;

    @Description("Only meetings held on or before this day (meetings without a known date are left out).")
    public LocalDate heldTo;
}
