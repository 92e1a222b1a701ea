package org.parley.direct;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.persistence.TestDb;

/**
 * With the datasource "reads" switched on (a replica's URL in production; here the test database itself, under
 * another application name), the queries answered as one SQL statement are read through it, and the resolvers'
 * reads and every write stay on the primary.
 */
@QuarkusTest
@TestProfile(ReadReplicaTest.WithReplica.class)
class ReadReplicaTest {

    /** The reads datasource on, its connections named so that PostgreSQL shows which ran what. */
    public static class WithReplica implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.reads.active", "true",
                    "quarkus.datasource.reads.jdbc.additional-jdbc-properties.ApplicationName", "parley-reads-test",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.ApplicationName", "parley-primary-test");
        }
    }

    @Inject
    TestDb db;

    @Test
    void theSingleStatementReadsFromTheReadsDatasourceAndTheResolversFromThePrimary() {
        GraphQLClient.run("articles-headlines").header("X-Parley-Execution", "single-statement")
                .body("errors", nullValue()).body("data.articles.nodes", hasSize(3));
        assertTrue(db.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'parley-reads-test'"
                + " AND query LIKE '%json_agg%'") >= 1, "no single statement ran on the reads datasource");

        GraphQLClient.runThroughResolvers("articles-headlines").body("errors", nullValue())
                .body("data.articles.nodes", hasSize(3));
        assertEquals(0, db.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'parley-reads-test'"
                + " AND query NOT LIKE '%json_agg%' AND query ILIKE 'select%'"), "a resolver read on the replica");
        assertTrue(db.count("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'parley-primary-test'")
                >= 1, "nothing on the primary");
    }
}
