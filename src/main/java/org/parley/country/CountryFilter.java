package org.parley.country;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Input;

@Input("CountryFilter")
@Description("Narrows a list of countries; conditions given together must all hold.")
public class CountryFilter {

    @Description("Only countries with one of these ISO 3166-1 alpha-2 codes (case-insensitive).")
    public List<@NonNull String> codes;

    @Description("Only countries whose name contains this text (case-insensitive).")
    public String nameContains;
}
