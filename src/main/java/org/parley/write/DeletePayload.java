package org.parley.write;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;
import org.parley.graphql.DependentCount;

@Type("DeletePayload")
@Description("What a delete removed.")
public record DeletePayload(
        @Id @NonNull @Description("ID of the deleted object; it names nothing from now on.") String deletedId,
        @NonNull @Description("The objects that referred to it and that the cascade deleted or detached from it; "
                + "empty when nothing referred to it.") List<@NonNull DependentCount> cascaded) {
}
