package org.parley.official;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.parley.ingest.Text;

@Input("OfficialInput")
@Description("An official to create, or all the values of one to update. Text is trimmed and NFC-normalised, so"
        + " that names in any script round-trip as given.")
public record OfficialInput(
        @NotBlank @Size(max = 200) @Description("Name as the sources write it, e.g. Baek Seung-joo; at most 200"
                + " characters. Unique with the country.") String name,
        @Size(max = 50) @Description("Other names and spellings, e.g. 백승주; at most 50 of at most 200 characters"
                + " each, repeats dropped.") List<@NotNull @Size(max = 200) String> otherNames,
        @Id @Description("ID of the country the official acts for.") String countryId) {

    public OfficialInput {
        name = Text.clean(name);
        otherNames = otherNames == null ? List.of() : Text.cleanAll(otherNames);
    }
}
