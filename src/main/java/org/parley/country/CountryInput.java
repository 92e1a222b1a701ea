package org.parley.country;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.parley.ingest.Text;

@Input("CountryInput")
@Description("A country to create, or all the values of one to update. Text is trimmed and NFC-normalised.")
public record CountryInput(
        @NotBlank
        @Pattern(regexp = "^[A-Z]{2}$", message = "must be an ISO 3166-1 alpha-2 code of two letters, e.g. KR")
        @Description("ISO 3166-1 alpha-2 code, e.g. KR; upper-cased. Unique.") String code,
        @NotBlank @Size(max = 200) @Description("English short name, e.g. South Korea; at most 200 characters. Unique.")
        String name) {

    public CountryInput {
        code = Text.code(code);
        name = Text.clean(name);
    }
}
