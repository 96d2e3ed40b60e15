package vn.campaignkit.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * The server-sent-event stream every open page listens to. A page that connects first receives the
 * current build state, then one {@code state} event per build; dead connections are dropped on the
 * next write. State events go out under one lock, so no page misses one or sees them out of order.
 */
final class ReloadHub implements AutoCloseable {
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object order = new Object();

    private record Listener(HttpExchange exchange, OutputStream body) {
    }

    /** Starts the stream on this exchange and leaves it open; the handler thread may return. */
    void open(HttpExchange exchange, Supplier<String> currentState) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
        exchange.sendResponseHeaders(200, 0);
        Listener listener = new Listener(exchange, exchange.getResponseBody());
        synchronized (order) {
            if (send(listener, "retry: 1000\nevent: state\ndata: " + currentState.get() + "\n\n")) {
                listeners.add(listener);
            }
        }
    }

    void broadcast(String stateJson) {
        synchronized (order) {
            sendAll("event: state\ndata: " + stateJson + "\n\n");
        }
    }

    /** A comment line that keeps idle connections open and finds the ones that have gone. */
    void heartbeat() {
        synchronized (order) {
            sendAll(": keep-alive\n\n");
        }
    }

    int listenerCount() {
        return listeners.size();
    }

    private void sendAll(String message) {
        for (Listener listener : listeners) {
            if (!send(listener, message)) {
                listeners.remove(listener);
            }
        }
    }

    private static boolean send(Listener listener, String message) {
        try {
            listener.body().write(message.getBytes(StandardCharsets.UTF_8));
            listener.body().flush();
            return true;
        } catch (IOException e) {
            listener.exchange().close();
            return false;
        }
    }

    @Override
    public void close() {
        for (Listener listener : listeners) {
            listener.exchange().close();
        }
        listeners.clear();
    }
}
