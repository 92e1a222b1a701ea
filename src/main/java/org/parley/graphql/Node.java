package org.parley.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Interface;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Relay's Global Object Identification: every entity type has an opaque {@code id} that {@code node(id:)} finds
 * again, whatever its type.
 */
@Interface("Node")
@Description("An object with an ID: `node(id:)` finds it again by that ID, whatever its type.")
public interface Node {

    @Id
    @NonNull
    @Description("Opaque, stable ID of this object.")
    String getId();
}
