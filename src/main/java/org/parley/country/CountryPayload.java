package org.parley.country;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CountryPayload")
@Description("The country a mutation wrote, as it is now.")
public record CountryPayload(@NonNull @Description("The country written.") Country country) {
}
