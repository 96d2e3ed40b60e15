package vn.campaignkit.desk;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Instant;
import java.util.Optional;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;

/** The desk's JSON: requests read as trees (bounded depth), answers written from records, maps and lists. */
final class DeskJson {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(16 * 1024 * 1024).build())
            .build()).addModule(new SimpleModule().addSerializer(Instant.class, ToStringSerializer.instance)).build();

    private DeskJson() {
    }

    /** The request body as JSON; empty when it is not JSON at all. */
    static Optional<JsonNode> read(byte[] body) {
        try {
            JsonNode node = MAPPER.readTree(body);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer as JSON", e);
        }
    }

    /** A JSON value as plain Java: strings, booleans, integers, lists and maps (key order kept). */
    static Object plain(JsonNode node) {
        return MAPPER.convertValue(node, Object.class);
    }

    /** Text a page may embed inside {@code <script type="application/json">}: no {@code <} can end the element. */
    static String forHtml(Object value) {
        return new String(write(value), java.nio.charset.StandardCharsets.UTF_8).replace("<", "\\u003c");
    }
}
