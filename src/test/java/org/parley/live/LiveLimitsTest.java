package org.parley.live;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.MutationTest;
import org.parley.limits.LimitExceededException;
import org.parley.live.Recorded.StatementRecorded;
import org.parley.statement.Statement;
import org.parley.statement.StatementQueries;

/**
 * An instance serves at most parley.subscriptions.max subscriptions, one connection at most
 * parley.subscriptions.per-connection; one more is refused with the reason. A subscriber that lets more than
 * parley.subscriptions.buffer events wait is ended with the reason. A connection on which no operation starts
 * within parley.subscriptions.connection-init-timeout is closed.
 */
@QuarkusTest
@TestProfile(LiveLimitsTest.ThreeSubscriptions.class)
class LiveLimitsTest extends MutationTest {

    /**
     * An instance that serves three subscriptions at a time, two on one connection, each holding two events, and
     * closes a connection with no operation after three seconds.
     */
    public static class ThreeSubscriptions implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.subscriptions.max", "3", "parley.subscriptions.per-connection", "2",
                    "parley.subscriptions.buffer", "2", "parley.subscriptions.connection-init-timeout", "3s");
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    Feeds feeds;

    @TestHTTPResource("/")
    URI http;

    @Test
    void aSubscriptionOverAConnectionsLimitIsRefusedWhileAnotherConnectionMayStillSubscribe() throws Exception {
        String statements = GraphQLClient.operation("statementRecorded");
        try (LiveClient one = LiveClient.connect(vertx, http); LiveClient other = LiveClient.connect(vertx, http)) {
            one.subscribe("first", statements, Map.of());
            one.subscribe("second", statements, Map.of());
            awaitOpen(2);
            one.subscribe("third", statements, Map.of());
            JsonObject refused = one.next("third");
            assertTrue(refused.encode().contains("This connection has 2 subscriptions open already"),
                    refused::encode);
            assertTrue(refused.encode().contains("LIMIT_EXCEEDED"), refused::encode);
            assertEquals(2, feeds.open());

            other.subscribe("first", statements, Map.of());
            awaitOpen(3);
            one.complete("first");
            awaitOpen(2);
            one.subscribe("fourth", statements, Map.of());
            awaitOpen(3);
        }
        awaitOpen(0);
    }

    @Test
    void aSubscriptionOverTheInstancesLimitIsRefusedAndOneEndedMakesRoom() throws Exception {
        String statements = GraphQLClient.operation("statementRecorded");
        try (LiveClient one = LiveClient.connect(vertx, http); LiveClient two = LiveClient.connect(vertx, http)) {
            one.subscribe("first", statements, Map.of());
            one.subscribe("second", statements, Map.of());
            two.subscribe("first", statements, Map.of());
            awaitOpen(3);
            two.subscribe("second", statements, Map.of());
            JsonObject refused = two.next("second");
            assertTrue(refused.encode().contains("serves 3 subscriptions already"), refused::encode);
            assertTrue(refused.encode().contains("LIMIT_EXCEEDED"), refused::encode);
            assertEquals(3, feeds.open());

            one.complete("first");
            awaitOpen(2);
            two.subscribe("third", statements, Map.of());
            awaitOpen(3);
        }
        awaitOpen(0);
    }

    @Test
    void aSubscriberThatTakesNothingIsEndedOnceMoreEventsWaitThanItsBufferHolds() throws Exception {
        String speaker = official("Ana Tester", country("XA", "Testland"));
        AssertSubscriber<StatementRecorded> taking = AssertSubscriber.create(0);
        feeds.feed(new Object(), Event.Kind.STATEMENT_RECORDED, Statement.TABLE, StatementQueries.where(null), null,
                Statement::from, StatementRecorded::new).subscribe().withSubscriber(taking);
        awaitOpen(1);
        for (int i = 1; i <= 4; i++) {
            edit("recordStatement", "input", map("speakerId", speaker, "text", "Statement " + i, "kind", "QUOTE"))
                    .body("errors", nullValue());
        }
        taking.awaitFailure(Duration.ofSeconds(20));
        assertInstanceOf(LimitExceededException.class, taking.getFailure());
        assertTrue(taking.getFailure().getMessage().startsWith("More than 2 events waited for this subscriber"),
                taking.getFailure()::getMessage);
        assertEquals(List.of(), taking.getItems());
        awaitOpen(0);
    }

    @Test
    void aConnectionThatStartsNoOperationIsClosedAndOneThatSubscribesStaysOpen() throws Exception {
        try (LiveClient silent = LiveClient.open(vertx, http);
                LiveClient initialisedOnly = LiveClient.connect(vertx, http);
                LiveClient subscribed = LiveClient.connect(vertx, http)) {
            subscribed.subscribe("first", GraphQLClient.operation("statementRecorded"), Map.of());
            awaitOpen(1);
            assertTrue(silent.closedWithin(15), "a connection that sent nothing is still open");
            assertTrue(initialisedOnly.closedWithin(15), "a connection that only sent connection_init is still open");
            assertFalse(subscribed.closedWithin(1), "the connection with a subscription was closed");
            assertEquals(1, feeds.open());
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
