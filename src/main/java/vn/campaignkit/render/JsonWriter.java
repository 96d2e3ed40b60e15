package vn.campaignkit.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON written by jackson-core's generator, for script files and the preview's event stream: non-ASCII
 * text stays as it is (UTF-8 is smaller than {@code \\u} escapes), U+2028 and U+2029 are escaped (a
 * JavaScript source before ES2019 cannot hold them raw), control characters as {@code \\u00xx} in lower
 * case; {@link #escapingLessThan()} also escapes {@code <} so the text can never close an HTML element.
 * Used as {@code json.object().name("ok").value(true).end().text()}.
 */
public final class JsonWriter {
    private static final JsonFactory SCRIPT = factory(false);
    private static final JsonFactory HTML_SAFE = factory(true);

    private final StringWriter out = new StringWriter(256);
    private final JsonGenerator generator;

    private JsonWriter(JsonFactory factory) {
        try {
            generator = factory.createGenerator(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** JSON for a script file ({@code search/index.js}). */
    public static JsonWriter forScript() {
        return new JsonWriter(SCRIPT);
    }

    /** JSON that an HTML page may also hold: {@code <} is {@code \\u003c}. */
    public static JsonWriter escapingLessThan() {
        return new JsonWriter(HTML_SAFE);
    }

    private static JsonFactory factory(boolean escapeLessThan) {
        return new JsonFactoryBuilder()
                .disable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
                .characterEscapes(new ScriptEscapes(escapeLessThan))
                .build();
    }

    /** What the generator escapes beyond RFC 8259's minimum. */
    private static final class ScriptEscapes extends CharacterEscapes {
        private static final SerializedString LINE_SEPARATOR = new SerializedString("\\u2028");
        private static final SerializedString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");
        private final int[] ascii;

        ScriptEscapes(boolean escapeLessThan) {
            ascii = CharacterEscapes.standardAsciiEscapesForJSON();
            // \b and \f as \u0008 and \u000c, as the index has always written them
            ascii['\b'] = CharacterEscapes.ESCAPE_STANDARD;
            ascii['\f'] = CharacterEscapes.ESCAPE_STANDARD;
            if (escapeLessThan) {
                ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return switch (ch) {
                case 0x2028 -> LINE_SEPARATOR;
                case 0x2029 -> PARAGRAPH_SEPARATOR;
                default -> null;
            };
        }
    }

    public JsonWriter object() {
        return write(() -> generator.writeStartObject());
    }

    public JsonWriter array() {
        return write(() -> generator.writeStartArray());
    }

    /** Ends the innermost open object or array. */
    public JsonWriter end() {
        return write(() -> {
            if (generator.getOutputContext().inObject()) {
                generator.writeEndObject();
            } else {
                generator.writeEndArray();
            }
        });
    }

    public JsonWriter name(String name) {
        return write(() -> generator.writeFieldName(name));
    }

    /** A string, or {@code null} for a null value. */
    public JsonWriter value(String text) {
        return write(() -> generator.writeString(text));
    }

    public JsonWriter value(long number) {
        return write(() -> generator.writeNumber(number));
    }

    public JsonWriter value(boolean flag) {
        return write(() -> generator.writeBoolean(flag));
    }

    public JsonWriter nullValue() {
        return write(generator::writeNull);
    }

    /** The JSON written so far, every object and array closed. */
    public String text() {
        write(generator::flush);
        return out.toString();
    }

    private interface Step {
        void run() throws IOException;
    }

    private JsonWriter write(Step step) {
        try {
            step.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }
}
