package org.parley.forum;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ForumFilter")
@Description("Narrows a list of forums; conditions given together must all hold.")
public class ForumFilter {

    @Id
    @Description("Only forums hosted by one of these countries.")
    public List<@NonNull String> hostCountryIds;

    @Id
    @Description("Only forums hosted by one of these organisations.")
    public List<@NonNull String> hostOrganizationIds;

    @Id
    @Description("Only forums in which one of these countries took part.")
    public List<@NonNull String> participantCountryIds;

    @Description("Only forums that start on or after this day (forums without a known start date are left out).")
    public LocalDate startsFrom;

    @Description("Only forums that start on or before this day (forums without a known start date are left out).")
    public LocalDate startsTo;

    @Description("Only forums whose name contains this text (case-insensitive).")
    public String nameContains;
}
