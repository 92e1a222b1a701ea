package org.parley.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Exists only in the tests: fails the way a broken query would, to show what a client then sees. */
@GraphQLApi
@ApiErrors
public class FailingForTestGraphQL {

    @Query("failingForTest")
    @Description("Test-only: always fails with an internal error.")
    public @NonNull String failingForTest() {
        throw new IllegalStateException("SQL [select * from parley.x]; relation x does not exist");
    }
}
