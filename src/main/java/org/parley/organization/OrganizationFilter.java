package org.parley.organization;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganizationFilter")
@Description("Narrows a list of organisations; conditions given together must all hold.")
public class OrganizationFilter {

    @Description("Only organisations whose name or short name contains this text (case-insensitive).")
    public String nameContains;

    @Description("Only organisations of one of these kinds.")
    public List<@NonNull OrganizationKind> kinds;

    @Id
    @Description("Only organisations of one of these countries.")
    public List<@NonNull String> countryIds;

    @Id
    @Description("Only organisations that belong to this parent organisation.")
    public String parentId;
}
