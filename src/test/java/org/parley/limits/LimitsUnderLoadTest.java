package org.parley.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The bounds that only show under load or over time: the line for heavy requests (one runs, one waits, the rest
 * are refused with 503 and Retry-After; a request whose client left is never run), the write rate (429), the
 * statement timeout, the request deadline, the rows read for one request, and an unavailable database (503).
 */
@QuarkusTest
@TestProfile(LimitsUnderLoadTest.Tight.class)
class LimitsUnderLoadTest {

    public static class Tight implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.ofEntries(
                    Map.entry("parley.limits.line.concurrency", "1"),
                    Map.entry("parley.limits.line.length", "1"),
                    // long enough for the steps of a test to run while a request holds the line, on a busy machine
                    Map.entry("parley.limits.line.max-wait", "4s"),
                    Map.entry("parley.limits.line.cheap-nodes", "0"),
                    Map.entry("parley.limits.rate.enabled", "true"),
                    Map.entry("parley.limits.rate.reads", "1000"),
                    Map.entry("parley.limits.rate.writes", "0.01"),
                    Map.entry("parley.limits.rate.burst", "2"),
                    Map.entry("parley.limits.statement-timeout", "300ms"),
                    Map.entry("parley.limits.deadline", "1s"),
                    Map.entry("parley.limits.rows", "2"));
        }
    }

    @Inject
    ReadLine line;

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void heavyRequestsBeyondTheLineAreRefusedAndCheapOnesStillAnswer() throws Exception {
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> sleep("first", 3000));
        await(() -> line.running() == 1);
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(() -> sleep("second", 10));
        await(() -> line.waiting() == 1);

        // full: not ready, so that a load balancer sends requests elsewhere
        given().get("/q/health/ready").then().statusCode(503);

        Response third = sleep("third", 10);
        assertEquals(503, third.statusCode(), third.asString());
        assertEquals("1", third.header("Retry-After"));
        third.then().body("errors[0].extensions.code", is("SERVICE_UNAVAILABLE"));
        assertNull(SlowForTestGraphQL.STARTED.get("third"), "a refused request never runs");

        // a cheap read does not wait behind the heavy ones
        given().contentType("application/json").body(Map.of("query", "{ __typename }")).post("/graphql")
                .then().statusCode(200).body("data.__typename", is("Query"));
        assertEquals(1, line.running());

        first.get(10, TimeUnit.SECONDS).then().statusCode(200).body("data.sleepForTest[0]", is("first"));
        second.get(10, TimeUnit.SECONDS).then().statusCode(200).body("data.sleepForTest[0]", is("second"));
        await(() -> line.running() == 0);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void aRequestWaitingTooLongIsRefused() throws Exception {
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> sleep("long", 6000));
        await(() -> line.running() == 1);
        Response waited = sleep("waited", 10);
        assertEquals(503, waited.statusCode(), waited.asString());
        assertNull(SlowForTestGraphQL.STARTED.get("waited"), "a request refused after waiting never runs");
        first.get(10, TimeUnit.SECONDS).then().statusCode(200);
        await(() -> line.running() == 0);
    }

    @Test
    void aRequestWhoseClientLeftWhileWaitingIsNotRun() throws Exception {
        long droppedBefore = line.dropped();
        CompletableFuture<Response> first = CompletableFuture.supplyAsync(() -> sleep("holder", 1000));
        await(() -> line.running() == 1);
        String body = "{\"query\":\"{ sleepForTest(label: \\\"gone\\\", millis: 10) }\"}";
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + body)
                    .getBytes(StandardCharsets.UTF_8));
            out.flush();
            await(() -> line.waiting() == 1);
        } // the client goes before its turn
        first.get(10, TimeUnit.SECONDS).then().statusCode(200);
        await(() -> line.running() == 0);
        assertEquals(droppedBefore + 1, line.dropped());
        assertNull(SlowForTestGraphQL.STARTED.get("gone"), "the request of a client that left never ran");
    }

    @Test
    void writesOverTheRateAreRefusedWith429() {
        String mutation = "mutation { deleteTopic(id: \"VG9waWM6MQ\", expectedVersion: 0) { deletedId } }";
        for (int i = 0; i < 2; i++) {
            given().contentType("application/json").body(Map.of("query", mutation)).post("/graphql")
                    .then().statusCode(200).body("errors[0].extensions.code", is("UNAUTHENTICATED"));
        }
        Response limited = given().contentType("application/json").body(Map.of("query", mutation)).post("/graphql");
        assertEquals(429, limited.statusCode(), limited.asString());
        limited.then().body("errors[0].extensions.code", is("RATE_LIMITED"));
        assertEquals(true, Long.parseLong(limited.header("Retry-After")) >= 1, "Retry-After in seconds");
    }

    @Test
    void aStatementOverItsTimeoutIsCancelledAndReported() {
        given().contentType("application/json").body(Map.of("query", "{ slowStatementForTest(seconds: 3) }"))
                .post("/graphql")
                .then().statusCode(200).body("data", nullValue())
                .body("errors[0].extensions.code", is("TIMEOUT"));
    }

    @Test
    void noStatementStartsAfterTheDeadline() {
        given().contentType("application/json").body(Map.of("query", "{ sleepThenReadForTest(millis: 1200) }"))
                .post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", is("TIMEOUT"));
        given().contentType("application/json").body(Map.of("query", "{ sleepThenReadForTest(millis: 10) }"))
                .post("/graphql")
                .then().statusCode(200).body("errors", nullValue());
    }

    @Test
    void theRowsReadForOneRequestAreBounded() {
        given().header("X-Parley-Execution", "resolvers").contentType("application/json")
                .body(Map.of("query", "{ countries(first: 5) { nodes { code } } }")).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", is("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", is("rows"))
                .body("errors[0].extensions.maximum", is(2));
    }

    @Test
    void anUnavailableDatabaseIs503AsAGraphQLResponseAnd200AsJson() {
        given().contentType("application/json").body(Map.of("query", "{ databaseDownForTest }")).post("/graphql")
                .then().statusCode(503).body("errors[0].extensions.code", is("SERVICE_UNAVAILABLE"));
        given().contentType("application/json").accept("application/json")
                .body(Map.of("query", "{ databaseDownForTest }")).post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", is("SERVICE_UNAVAILABLE"));
    }

    private static Response sleep(String label, int millis) {
        return given().contentType("application/json")
                .body(Map.of("query", "{ sleepForTest(label: \"" + label + "\", millis: " + millis + ") }"))
                .post("/graphql");
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the condition did not come true within 10 s");
            }
            Thread.sleep(10);
        }
    }
}
