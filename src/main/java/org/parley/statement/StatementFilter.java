package org.parley.statement;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatementFilter")
@Description("Narrows a list of statements; conditions given together must all hold.")
public class StatementFilter {

    @Id
    @Description("Only statements made by one of these officials.")
    public List<@NonNull String> speakerIds;

    @Id
    @Description("Only statements whose speaker acts for one of these countries.")
    public List<@NonNull String> speakerCountryIds;

    @Id
    @Description("Only statements addressed to or about one of these countries.")
    public List<@NonNull String> addresseeCountryIds;

    @Id
    @Description("Only statements addressed to or about one of these organisations.")
    public List<@NonNull String> addresseeOrganizationIds;

    @Id
    @Description("Only statements about one of these topics.")
    public List<@NonNull String> topicIds;

    @Description("Only statements of one of these kinds.")
    public List<@NonNull StatementKind> kinds;

    @Id
    @Description("Only statements reported by one of these articles.")
    public List<@NonNull String> articleIds;

    @Id
    @Description("Only statements made at one of these meetings.")
    public List<@NonNull String> meetingIds;

    @Description("Only statements made on or after this day (statements without a known date are left out).")
    public LocalDate saidFrom;

    @Description("Only statements made on or before this day (statements without a known date are left out).")
    public LocalDate saidTo;
}
