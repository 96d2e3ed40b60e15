package vn.campaignkit.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A desk already running on this computer for the same site folder (the jar double-clicked a second time because
 * the browser tab was closed): found on the usual ports, so the browser is sent there instead of starting a second
 * desk on the same files.
 */
public final class RunningDeskFinder {
    private static final Duration WAIT = Duration.ofSeconds(3);

    private RunningDeskFinder() {
    }

    public static Optional<URI> find(Path folder, int fromPort, int ports) {
        String wanted;
        try {
            wanted = folder.toRealPath().toString();
        } catch (IOException e) {
            return Optional.empty();
        }
        HttpClient client = HttpClient.newBuilder().connectTimeout(WAIT).build();
        for (int port = fromPort; port < fromPort + ports && port <= 65535; port++) {
            URI desk = URI.create("http://localhost:" + port + DeskHandler.PREFIX);
            try {
                HttpResponse<byte[]> answer = client.send(HttpRequest.newBuilder(desk.resolve("api/state")).timeout(WAIT).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                Optional<JsonNode> state = answer.statusCode() == 200 ? DeskJson.read(answer.body()) : Optional.empty();
                if (state.isPresent() && wanted.equals(state.get().path("folder").asText())) {
                    return Optional.of(desk);
                }
            } catch (IOException e) {
                // Nothing (or something else) listens there.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
