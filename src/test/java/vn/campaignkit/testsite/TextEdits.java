package vn.campaignkit.testsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Edits for tests that change a site's files: each fails loudly when the text it replaces is not there exactly
 * once, so an edit can never silently change nothing (and a test built on it check nothing).
 */
public final class TextEdits {
    private TextEdits() {
    }

    /** {@code text} with the single occurrence of {@code from} replaced by {@code to}. */
    public static String replaceOnce(String text, String from, String to) {
        int first = text.indexOf(from);
        assertThat(first).as("the text to replace is not there: %s", quoted(from)).isNotNegative();
        assertThat(text.indexOf(from, first + 1)).as("the text to replace is there more than once: %s", quoted(from)).isNegative();
        return text.substring(0, first) + to + text.substring(first + from.length());
    }

    /** {@code text} with the single whole line matching {@code lineRegex} replaced by {@code to}. */
    public static String replaceLineOnce(String text, String lineRegex, String to) {
        Matcher m = Pattern.compile("^(?:" + lineRegex + ")$", Pattern.MULTILINE).matcher(text);
        assertThat(m.find()).as("no line matches %s", quoted(lineRegex)).isTrue();
        int start = m.start();
        int end = m.end();
        assertThat(m.find()).as("more than one line matches %s", quoted(lineRegex)).isFalse();
        return text.substring(0, start) + to + text.substring(end);
    }

    /** Replaces the single occurrence of {@code from} in a UTF-8 file. */
    public static void replaceOnce(Path file, String from, String to) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            Files.writeString(file, replaceOnce(text, from, to), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\n", "\\n") + "\"";
    }
}
