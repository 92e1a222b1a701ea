package org.parley.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;
import org.parley.graphql.ApiErrors;
import org.parley.graphql.Prefetcher;
import org.parley.write.DeletePayload;
import org.parley.write.WriteApi;

/** Writes statements; every mutation needs the editor role. */
@GraphQLApi
@ApiErrors
@WriteApi
@RolesAllowed("editor")
public class StatementMutations {

    /** Reads what the client selected below the object written, as a query's answer is read. */
    @Inject
    Prefetcher prefetcher;

    private final StatementService service;
    private final StatementQueries statements;

    public StatementMutations(StatementService service, StatementQueries statements) {
        this.service = service;
        this.statements = statements;
    }

    @Mutation("recordStatement")
    @Description("Records what an official said, quoted or paraphrased. Needs the editor role.")
    public @NonNull StatementPayload recordStatement(@NonNull @Description("The new statement.") StatementInput input) {
        return payload(service.create(input));
    }

    @Mutation("updateStatement")
    @Description("Changes a statement to the values given; its topics and articles become those given. Needs the "
            + "editor role.")
    public @NonNull StatementPayload updateStatement(@Id @NonNull @Description("ID of the statement.") String id,
            @Description("The version of the statement that the change is based on.") int expectedVersion,
            @NonNull @Description("All the values of the statement.") StatementInput input) {
        return payload(service.update(id, expectedVersion, input));
    }

    @Mutation("deleteStatement")
    @Description("Deletes a statement with its topics and links to articles; nothing else refers to a statement, "
            + "so cascade changes nothing. Needs the editor role.")
    public @NonNull DeletePayload deleteStatement(@Id @NonNull @Description("ID of the statement.") String id,
            @Description("The version of the statement that the deletion is based on.") int expectedVersion) {
        return service.delete(id, expectedVersion, false);
    }

    private StatementPayload payload(long id) {
        return new StatementPayload(prefetcher.below("statement", statements.byId(id)));
    }
}
