package org.parley.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A client of Parley's WebSocket endpoint speaking graphql-transport-ws, as graphql-ws and Apollo clients do. */
final class LiveClient implements AutoCloseable {

    private static final long WAIT_SECONDS = 20;

    private final WebSocket socket;
    private final Map<String, BlockingQueue<JsonObject>> messages = new ConcurrentHashMap<>();
    private final BlockingQueue<JsonObject> control = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    private LiveClient(WebSocket socket) {
        this.socket = socket;
        socket.closeHandler(unused -> closed.countDown());
        socket.textMessageHandler(text -> {
            JsonObject message = new JsonObject(text);
            String id = message.getString("id");
            (id == null ? control : queue(id)).add(message);
        });
    }

    /** Opens a WebSocket to {@code http} (the application's URL) and sends nothing on it. */
    static LiveClient open(Vertx vertx, URI http) throws Exception {
        return open(vertx, http, Map.of());
    }

    /** Opens a WebSocket by a request with these headers, and sends nothing on it. */
    static LiveClient open(Vertx vertx, URI http, Map<String, String> headers) throws Exception {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(http.getHost()).setPort(http.getPort())
                .setURI("/graphql").setSubProtocols(List.of("graphql-transport-ws"));
        headers.forEach(options::addHeader);
        WebSocket socket = vertx.createWebSocketClient().connect(options).toCompletionStage().toCompletableFuture()
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        assertEquals("graphql-transport-ws", socket.subProtocol());
        return new LiveClient(socket);
    }

    /** Connects to {@code http} (the application's URL) and waits for the server's connection_ack. */
    static LiveClient connect(Vertx vertx, URI http) throws Exception {
        return connect(vertx, http, Map.of());
    }

    /** Connects by a request with these headers (credentials, say) and waits for the connection_ack. */
    static LiveClient connect(Vertx vertx, URI http, Map<String, String> headers) throws Exception {
        LiveClient client = open(vertx, http, headers);
        WebSocket socket = client.socket;
        socket.writeTextMessage(new JsonObject().put("type", "connection_init").encode());
        JsonObject ack = client.control.poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(ack, "no connection_ack");
        assertEquals("connection_ack", ack.getString("type"));
        return client;
    }

    /** Starts the subscription {@code id}. */
    void subscribe(String id, String query, Map<String, Object> variables) {
        socket.writeTextMessage(new JsonObject().put("id", id).put("type", "subscribe")
                .put("payload", new JsonObject().put("query", query).put("variables", new JsonObject(variables)))
                .encode());
    }

    /** Ends the subscription {@code id}. */
    void complete(String id) {
        socket.writeTextMessage(new JsonObject().put("id", id).put("type", "complete").encode());
    }

    /** The next message of subscription {@code id} (next, error or complete), waiting for it. */
    JsonObject next(String id) throws InterruptedException {
        JsonObject message = queue(id).poll(WAIT_SECONDS, TimeUnit.SECONDS);
        assertNotNull(message, "subscription " + id + " received nothing within " + WAIT_SECONDS + " s");
        return message;
    }

    /** The data of the next message of {@code id}, which must be a `next` without errors. */
    JsonObject data(String id) throws InterruptedException {
        JsonObject message = next(id);
        assertEquals("next", message.getString("type"), () -> "not a result: " + message.encode());
        JsonObject payload = message.getJsonObject("payload");
        assertEquals(null, payload.getValue("errors"), () -> "errors: " + payload.encode());
        return payload.getJsonObject("data");
    }

    /** Whether the server closed the connection within {@code seconds}. */
    boolean closedWithin(long seconds) throws InterruptedException {
        return closed.await(seconds, TimeUnit.SECONDS);
    }

    private BlockingQueue<JsonObject> queue(String id) {
        return messages.computeIfAbsent(id, unused -> new LinkedBlockingQueue<>());
    }

    @Override
    public void close() throws Exception {
        if (closed.getCount() == 0) {
            return; // the server closed it
        }
        socket.close().toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
    }
}
