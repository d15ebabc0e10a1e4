package memdebug.testkit;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Chrome DevTools Protocol connection over the JDK's WebSocket client: commands wait for their
 * answer; events are kept, in order, for the tests to look through.
 */
final class DevTools implements AutoCloseable {

    /** An event: the session it belongs to (null for the browser), its method and parameters. */
    record Event(String session, String method, Map<String, Object> params) {
    }

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final WebSocket socket;
    private final Map<Long, CompletableFuture<Map<String, Object>>> pending = new ConcurrentHashMap<>();
    private final List<Event> events = new ArrayList<>();
    private long nextId = 1;

    private DevTools(URI uri) {
        Listener listener = new Listener();
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(TIMEOUT)
                .buildAsync(uri, listener).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
    }

    static DevTools connect(URI uri) {
        return new DevTools(uri);
    }

    /**
     * Sends a command and waits for its result.
     *
     * @param session the target session, or null for the browser
     * @throws AssertionError when the browser answers with an error or not in time
     */
    Map<String, Object> send(String session, String method, Map<String, Object> params) {
        long id;
        CompletableFuture<Map<String, Object>> answer = new CompletableFuture<>();
        Map<String, Object> message = new LinkedHashMap<>();
        synchronized (this) {
            id = nextId++;
            pending.put(id, answer);
            message.put("id", id);
            if (session != null) {
                message.put("sessionId", session);
            }
            message.put("method", method);
            message.put("params", params == null ? Map.of() : params);
            socket.sendText(Json.write(message), true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        }
        Map<String, Object> reply;
        try {
            reply = answer.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no answer to " + method + " within " + TIMEOUT + ": " + e, e);
        } finally {
            pending.remove(id);
        }
        if (reply.get("error") != null) {
            throw new AssertionError(method + " failed: " + Json.write(reply.get("error")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) reply.getOrDefault("result", Map.of());
        return result;
    }

    /** Sends a command without waiting for its answer (for {@code Browser.close}, which may not answer). */
    void fire(String session, String method) {
        Map<String, Object> message = new LinkedHashMap<>();
        synchronized (this) {
            message.put("id", nextId++);
            if (session != null) {
                message.put("sessionId", session);
            }
            message.put("method", method);
            message.put("params", Map.of());
            socket.sendText(Json.write(message), true).orTimeout(TIMEOUT.toSeconds(), TimeUnit.SECONDS).join();
        }
    }

    /** The events so far, from the {@code from}-th on. */
    synchronized List<Event> events(int from) {
        return List.copyOf(events.subList(Math.min(from, events.size()), events.size()));
    }

    /** How many events arrived so far. */
    synchronized int eventCount() {
        return events.size();
    }

    /**
     * Waits for an event after the {@code from}-th that {@code test} accepts.
     *
     * @throws AssertionError when none comes in time
     */
    Event await(int from, Predicate<Event> test, String what) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        synchronized (this) {
            int seen = from;
            while (true) {
                for (; seen < events.size(); seen++) {
                    if (test.test(events.get(seen))) {
                        return events.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError("no " + what + " within " + TIMEOUT);
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted while waiting for " + what, e);
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private void received(String text) {
        Map<String, Object> message = (Map<String, Object>) Json.parse(text);
        Object id = message.get("id");
        if (id instanceof Long n) {
            CompletableFuture<Map<String, Object>> answer = pending.get(n);
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        Event e = new Event((String) message.get("sessionId"), (String) message.get("method"),
                (Map<String, Object>) message.getOrDefault("params", Map.of()));
        synchronized (this) {
            events.add(e);
            notifyAll();
        }
    }

    @Override
    public void close() {
        socket.abort();
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public void onOpen(WebSocket webSocket) {
            webSocket.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                String message = text.toString();
                text.setLength(0);
                received(message);
            }
            webSocket.request(1);
            return null;
        }
    }
}
