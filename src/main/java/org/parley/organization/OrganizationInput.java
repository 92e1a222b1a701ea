package org.parley.organization;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.parley.ingest.Text;

@Input("OrganizationInput")
@Description("An organisation to create, or all the values of one to update. Text is trimmed and NFC-normalised.")
public record OrganizationInput(
        @NotBlank @Size(max = 300) @Description("Full name, e.g. Defense Ministry; at most 300 characters. Unique"
                + " with the country.") String name,
        @Size(max = 50) @Description("Short name or acronym, e.g. NATO; at most 50 characters.") String shortName,
        @NotNull @Description("What kind of body it is.") OrganizationKind kind,
        @Id @Description("ID of its country; none for international bodies.") String countryId,
        @Id @Description("ID of the organisation it belongs to, e.g. the government of a ministry.") String parentId) {

    public OrganizationInput {
        name = Text.clean(name);
        shortName = Text.clean(shortName);
    }
}
