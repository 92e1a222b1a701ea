package org.parley.direct;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * With one direct read at a time, many requests sent at once wait in line (none refused, none held up for good)
 * and each still gets its own answer as one statement.
 */
@QuarkusTest
@TestProfile(DirectReadsInLineTest.OneAtATime.class)
class DirectReadsInLineTest {

    public static class OneAtATime implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.graphql.direct-reads.concurrency", "1");
        }
    }

    private static final String QUERY = "query Officials($first: Int) { officials(first: $first) { nodes { name } } }";

    @Test
    void requestsSentAtOnceWaitInLineAndEachGetsItsAnswer() throws Exception {
        int requests = 12;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try {
            List<Future<Response>> sent = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                int first = 1 + i % 3;
                sent.add(clients.submit(() -> given().contentType(ContentType.JSON)
                        .body(Map.of("query", QUERY, "variables", Map.of("first", first)))
                        .post("/graphql")));
            }
            for (int i = 0; i < requests; i++) {
                Response response = sent.get(i).get();
                assertEquals(200, response.statusCode(), response.asString());
                assertEquals("single-statement", response.header(DirectReadRoute.EXECUTION_HEADER));
                List<String> names = response.jsonPath().getList("data.officials.nodes.name");
                // each request its own answer: as many officials as it asked for
                assertEquals(1 + i % 3, names.size(), response.asString());
            }
        } finally {
            clients.shutdownNow();
        }
    }
}
