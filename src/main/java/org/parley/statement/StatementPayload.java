package org.parley.statement;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StatementPayload")
@Description("The statement a mutation wrote, as it is now.")
public record StatementPayload(@NonNull @Description("The statement written.") Statement statement) {
}
