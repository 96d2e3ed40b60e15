package vn.campaignkit.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** Listens to the preview's event stream like a page does and hands over each state event. */
final class EventStream implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Socket socket;
    private final BlockingQueue<JsonNode> states = new LinkedBlockingQueue<>();

    EventStream(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.getOutputStream().write(("GET /__campaignkit/events HTTP/1.1\r\nHost: localhost\r\n"
                + "Accept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        Thread reader = new Thread(this::read, "test-event-stream");
        reader.setDaemon(true);
        reader.start();
    }

    private void read() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                int data = line.indexOf("data: ");
                if (data >= 0) {
                    states.add(JSON.readTree(line.substring(data + 6)));
                }
            }
        } catch (IOException e) {
            // Closed by the test.
        }
    }

    /** The next state event, failing the test if none comes within five seconds. */
    JsonNode next() throws InterruptedException {
        JsonNode state = states.poll(5, TimeUnit.SECONDS);
        if (state == null) {
            throw new AssertionError("no state event within 5 s");
        }
        return state;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
