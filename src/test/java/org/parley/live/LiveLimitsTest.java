package org.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;

/** An instance serves at most parley.subscriptions.max subscriptions; one more is refused with the reason. */
@QuarkusTest
@TestProfile(LiveLimitsTest.OneSubscription.class)
class LiveLimitsTest {

    /** An instance that serves one subscription at a time. */
    public static class OneSubscription implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.subscriptions.max", "1");
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    Feeds feeds;

    @TestHTTPResource("/")
    URI http;

    @Test
    void aSubscriptionOverTheInstancesLimitIsRefusedAndOneEndedMakesRoom() throws Exception {
        try (LiveClient client = LiveClient.connect(vertx, http)) {
            client.subscribe("first", GraphQLClient.operation("statementRecorded"), Map.of());
            awaitOpen(1);
            client.subscribe("second", GraphQLClient.operation("statementRecorded"), Map.of());
            JsonObject refused = client.next("second");
            assertTrue(refused.encode().contains("serves 1 subscriptions already"), refused::encode);
            assertTrue(refused.encode().contains("LIMIT_EXCEEDED"), refused::encode);
            assertEquals(1, feeds.open());

            client.complete("first");
            awaitOpen(0);
            client.subscribe("third", GraphQLClient.operation("statementRecorded"), Map.of());
            awaitOpen(1);
        }
    }

    private void awaitOpen(int subscriptions) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (feeds.open() != subscriptions) {
            assertTrue(System.nanoTime() < deadline, "the instance serves " + feeds.open() + " subscriptions, not "
                    + subscriptions);
            Thread.sleep(20);
        }
    }
}
