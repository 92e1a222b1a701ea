package org.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.GraphQLClient;
import org.parley.MutationTest;

/**
 * Subscriptions over graphql-transport-ws: each committed write reaches the subscribers whose filter (the lists'
 * filter) selects it, with its relations; a write refused or rolled back reaches nobody; a subscriber resumes after
 * its last cursor and loses nothing; the instance's connection to the event log survives being killed.
 */
@QuarkusTest
class LiveTest extends MutationTest {

    /** The headline of the test document (src/test/resources/ingest/test-article.json). */
    private static final String HEADLINE = "Testland and Otherland ministers meet at the Parley Test Forum";

    @Inject
    Vertx vertx;

    @Inject
    Feeds feeds;

    @TestHTTPResource("/")
    URI http;

    String xa;
    String xb;
    String ana;
    String bo;

    @BeforeEach
    void create() {
        xa = country("XA", "Testland");
        xb = country("XB", "Otherland");
        ana = official("Ana Tester", xa);
        bo = official("Bo Checker", xb);
    }

    private static void say(String speaker, String text) {
        edit("recordStatement", "input", map("speakerId", speaker, "text", text, "kind", "QUOTE"))
                .body("errors", nullValue());
    }

    @Test
    void aRecordedStatementReachesTheSubscribersWhoseFilterSelectsItWithItsRelations() throws Exception {
        try (LiveClient client = LiveClient.connect(vertx, http)) {
            client.subscribe("ana", GraphQLClient.operation("statementRecorded"),
                    Map.of("filter", Map.of("speakerIds", List.of(ana))));
            client.subscribe("xb", GraphQLClient.operation("statementRecorded"),
                    Map.of("filter", Map.of("speakerCountryIds", List.of(xb))));
            awaitSubscribed(2);

            say(ana, "Testland speaks first.");
            say(bo, "Otherland answers.");

            JsonObject heard = client.data("ana").getJsonObject("statementRecorded");
            assertEquals("Testland speaks first.", heard.getJsonObject("statement").getString("text"));
            assertEquals("XA", heard.getJsonObject("statement").getJsonObject("speaker").getJsonObject("country")
                    .getString("code"));
            assertTrue(heard.getString("cursor").length() > 0);
            // the other filter let Ana's statement by: its first event is Bo's
            assertEquals("Otherland answers.", client.data("xb").getJsonObject("statementRecorded")
                    .getJsonObject("statement").getString("text"));
        }
    }

    @Test
    void aWriteRefusedOrRolledBackReachesNobody() throws Exception {
        try (LiveClient client = LiveClient.connect(vertx, http)) {
            client.subscribe("articles", GraphQLClient.operation("articleRecorded"), Map.of());
            client.subscribe("statements", GraphQLClient.operation("statementRecorded"), Map.of());
            awaitSubscribed(2);

            // an import that fails at its last statement: the article and the meeting it wrote first roll back
            Map<String, Object> broken = testArticle();
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> statements = (List<Map<String, Object>>) broken.get("statements");
            statements.get(0).put("meeting", "no such meeting");
            edit("importArticle", "document", broken).body("errors[0].extensions.code", notNullValue());
            // a statement refused before anything is written
            edit("recordStatement", "input", map("speakerId", ana, "text", "", "kind", "QUOTE"))
                    .body("errors[0].extensions.code", notNullValue());

            edit("importArticle", "document", testArticle()).body("errors", nullValue());

            JsonObject article = client.data("articles").getJsonObject("articleRecorded").getJsonObject("article");
            assertEquals(HEADLINE, article.getString("headline"));
            assertEquals("Every fact deserves a test.", article.getJsonArray("statements").getJsonObject(0)
                    .getString("text"));
            assertEquals("Every fact deserves a test.", client.data("statements").getJsonObject("statementRecorded")
                    .getJsonObject("statement").getString("text"));
        }
    }

    @Test
    void aSubscriberResumesAfterItsLastCursorAndLosesNothing() throws Exception {
        String cursor;
        try (LiveClient client = LiveClient.connect(vertx, http)) {
            client.subscribe("1", GraphQLClient.operation("statementRecorded"),
                    Map.of("filter", Map.of("speakerIds", List.of(ana))));
            awaitSubscribed(1);
            say(ana, "One.");
            cursor = client.data("1").getJsonObject("statementRecorded").getString("cursor");
        }
        // while it is away
        say(ana, "Two.");
        say(bo, "Not for this filter.");
        say(ana, "Three.");
        try (LiveClient client = LiveClient.connect(vertx, http)) {
            client.subscribe("1", GraphQLClient.operation("statementRecorded"),
                    Map.of("filter", Map.of("speakerIds", List.of(ana)), "after", cursor));
            assertEquals("Two.", text(client.data("1")));
            assertEquals("Three.", text(client.data("1")));
            say(ana, "Four.");
            assertEquals("Four.", text(client.data("1")));
        }
    }

    @Test
    void theEventLogSurvivesItsConnectionBeingKilled() throws Exception {
        try (LiveClient client = LiveClient.connect(vertx, http)) {
            client.subscribe("1", GraphQLClient.operation("meetingRecorded"),
                    Map.of("filter", Map.of("betweenCountries", List.of(xa, xb))));
            awaitSubscribed(1);
            // the log's connection, as PostgreSQL ending it would
            assertEquals(1, db.count("SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                    + " WHERE application_name = 'parley-events' AND datname = current_database()) killed"));
            // committed while the log is reconnecting: read from the outbox once it is back
            edit("importArticle", "document", testArticle()).body("errors", nullValue());
            JsonObject meeting = client.data("1").getJsonObject("meetingRecorded").getJsonObject("meeting");
            assertEquals("2024-04-30", meeting.getString("heldOn"));
            assertEquals(HEADLINE, meeting.getJsonArray("reportedBy")
                    .getJsonObject(0).getString("headline"));
        }
    }

    @Test
    void aCursorThatIsNotOneIsRefused() throws Exception {
        try (LiveClient client = LiveClient.connect(vertx, http)) {
            client.subscribe("1", GraphQLClient.operation("statementRecorded"), Map.of("after", "not-a-cursor"));
            JsonObject message = client.next("1");
            assertTrue(message.encode().contains("not-a-cursor"), message::encode);
        }
    }

    @Test
    void aWriteOverTheWebSocketTakesTheCredentialsOfTheRequestThatOpenedIt() throws Exception {
        Map<String, Object> topic = Map.of("input", Map.of("name", "Written over the WebSocket"));
        try (LiveClient anonymous = LiveClient.connect(vertx, http)) {
            anonymous.subscribe("1", GraphQLClient.operation("createTopic"), topic);
            JsonObject refused = anonymous.next("1");
            assertEquals("error", refused.getString("type"), refused::encode);
            assertEquals("UNAUTHENTICATED", refused.getJsonArray("payload").getJsonObject(0)
                    .getJsonObject("extensions").getString("code"), refused::encode);
        }
        String editor = "Basic " + Base64.getEncoder().encodeToString("editor:parley-dev".getBytes(UTF_8));
        try (LiveClient signedIn = LiveClient.connect(vertx, http, Map.of("Authorization", editor))) {
            signedIn.subscribe("1", GraphQLClient.operation("createTopic"), topic);
            assertEquals("Written over the WebSocket",
                    signedIn.data("1").getJsonObject("createTopic").getJsonObject("topic").getString("name"));
        }
    }

    /** Waits until the server has started every subscription sent: a write before that is not theirs to hear. */
    private void awaitSubscribed(int subscriptions) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (feeds.open() < subscriptions) {
            assertTrue(System.nanoTime() < deadline, "the subscriptions did not start within 20 s");
            Thread.sleep(20);
        }
    }

    private static String text(JsonObject data) {
        return data.getJsonObject("statementRecorded").getJsonObject("statement").getString("text");
    }
}
