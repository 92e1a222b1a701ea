package org.parley.organization;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OrganizationPayload")
@Description("The organisation a mutation wrote, as it is now.")
public record OrganizationPayload(@NonNull @Description("The organisation written.") Organization organization) {
}
