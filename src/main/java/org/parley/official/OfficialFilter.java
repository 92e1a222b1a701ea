package org.parley.official;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("OfficialFilter")
@Description("Narrows a list of officials; conditions given together must all hold.")
public class OfficialFilter {

    @Description("Only officials whose name or one of whose other names contains this text (case-insensitive).")
    public String nameContains;

    @Id
    @Description("Only officials of one of these countries.")
    public List<@NonNull String> countryIds;

    @Id
    @Description("Only officials who hold or held a position at one of these organisations.")
    public List<@NonNull String> organizationIds;
}
