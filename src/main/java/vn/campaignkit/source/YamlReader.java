package vn.campaignkit.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import vn.campaignkit.problem.Problems;

/**
 * Safe YAML: no aliases, no duplicate keys, no tabs in indentation, bounded size and depth.
 * Positions are shifted so they are lines of the file, not of the YAML block.
 */
public final class YamlReader {
    public static final int MAX_CHARS = 256 * 1024;
    public static final int MAX_DEPTH = 16;
    private static final YAMLFactory FACTORY = buildFactory();

    private final String path;
    private final int firstLine;
    private final Problems problems;
    private YAMLParser parser;
    private boolean tooDeepReported;
    private boolean aliasReported;

    private YamlReader(String path, int firstLine, Problems problems) {
        this.path = path;
        this.firstLine = firstLine;
        this.problems = problems;
    }

    private static YAMLFactory buildFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by us, with both lines
        options.setMaxAliasesForCollections(1);
        options.setNestingDepthLimit(MAX_DEPTH * 2);
        options.setCodePointLimit(MAX_CHARS * 2);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH * 2).build())
                .build();
        return factory;
    }

    /** Reads a mapping (front matter or {@code site.yaml}); an empty document is an empty mapping. */
    public static Optional<YamlNode.Mapping> readMapping(String path, String yaml, int firstLine, Problems problems) {
        return new YamlReader(path, firstLine, problems).read(yaml);
    }

    private Optional<YamlNode.Mapping> read(String yaml) {
        if (yaml.length() > MAX_CHARS) {
            problems.add(path, firstLine, 1, "the YAML is too large (" + yaml.length() + " characters)",
                    "keep front matter under " + MAX_CHARS / 1024 + " KB; put long text in the body");
            return Optional.empty();
        }
        if (reportTabs(yaml)) {
            return Optional.empty();
        }
        if (yaml.isBlank()) {
            return Optional.of(new YamlNode.Mapping(List.of(), firstLine, 1));
        }
        try (YAMLParser p = (YAMLParser) FACTORY.createParser(yaml)) {
            parser = p;
            JsonToken token = p.nextToken();
            if (token == null) {
                return Optional.of(new YamlNode.Mapping(List.of(), firstLine, 1));
            }
            int line = line(p.currentTokenLocation());
            int col = col(p.currentTokenLocation());
            if (token != JsonToken.START_OBJECT) {
                problems.add(path, line, col, "expected 'key: value' lines here", "front matter is a list of keys such as 'title: …'");
                return Optional.empty();
            }
            Optional<YamlNode> node = readValue(token, 1);
            return node.map(n -> (YamlNode.Mapping) n);
        } catch (JsonProcessingException e) {
            // StreamReadException for syntax errors, StreamConstraintsException (not a StreamReadException) for
            // nesting beyond the parser's limit: both are mistakes in the file, never internal errors.
            if (!tooDeepReported) {
                reportUnreadable(yaml, e);
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<YamlNode> readValue(JsonToken token, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = line(at);
        int col = col(at);
        if (depth > MAX_DEPTH) {
            if (!tooDeepReported) {
                problems.add(path, line, col, "the YAML is nested too deeply (more than " + MAX_DEPTH + " levels)",
                        "use fewer levels of indentation or brackets");
                tooDeepReported = true;
            }
            parser.skipChildren();
            return Optional.empty();
        }
        if (parser.isCurrentAlias()) {
            // One report per file: an alias bomb has dozens of aliases and one line says it all.
            if (!aliasReported) {
                problems.add(path, line, col, "YAML aliases (*" + parser.getText() + ") are not allowed", "write the value out in full");
                aliasReported = true;
            }
            return Optional.empty();
        }
        switch (token) {
            case START_OBJECT -> {
                return readMapping(line, col, depth);
            }
            case START_ARRAY -> {
                List<YamlNode> items = new ArrayList<>();
                boolean ok = true;
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    Optional<YamlNode> item = readValue(t, depth + 1);
                    ok &= item.isPresent();
                    item.ifPresent(items::add);
                }
                return ok ? Optional.of(new YamlNode.Sequence(List.copyOf(items), line, col)) : Optional.empty();
            }
            case VALUE_STRING -> {
                return Optional.of(scalar(parser.getText(), YamlNode.ScalarType.STRING, line, col));
            }
            case VALUE_NUMBER_INT -> {
                return Optional.of(scalar(parser.getText(), YamlNode.ScalarType.INTEGER, line, col));
            }
            case VALUE_NUMBER_FLOAT -> {
                return Optional.of(scalar(parser.getText(), YamlNode.ScalarType.DECIMAL, line, col));
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return Optional.of(scalar(parser.getText(), YamlNode.ScalarType.BOOLEAN, line, col));
            }
            case VALUE_NULL -> {
                return Optional.of(scalar("", YamlNode.ScalarType.NULL, line, col));
            }
            default -> {
                problems.add(path, line, col, "unsupported YAML value");
                return Optional.empty();
            }
        }
    }

    private Optional<YamlNode> readMapping(int line, int col, int depth) throws IOException {
        List<YamlNode.Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean ok = true;
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
            JsonLocation keyAt = parser.currentTokenLocation();
            String key = Nfc.of(parser.currentName());
            int keyLine = line(keyAt);
            int keyCol = col(keyAt);
            Optional<YamlNode> value = readValue(parser.nextToken(), depth + 1);
            Integer earlier = seen.putIfAbsent(key, keyLine);
            if (earlier != null) {
                problems.add(path, keyLine, keyCol, "the key '" + key + "' appears twice (first on line " + earlier + ")",
                        "keep only one '" + key + ":' line");
                ok = false;
            }
            ok &= value.isPresent();
            if (value.isPresent()) {
                entries.add(new YamlNode.Entry(key, keyLine, keyCol, value.get()));
            }
        }
        return ok ? Optional.of(new YamlNode.Mapping(List.copyOf(entries), line, col)) : Optional.empty();
    }

    /** A scalar; a control character written as a YAML escape ({@code "\\x07"}) is reported, the value kept. */
    private YamlNode.Scalar scalar(String text, YamlNode.ScalarType type, int line, int col) {
        for (int i = 0; i < text.length(); i++) {
            if (TextDecoder.isForbiddenControl(text.charAt(i))) {
                problems.add(path, line, col, String.format("the value contains the invisible control character U+%04X", (int) text.charAt(i)),
                        "remove the escape that writes it, such as \\x07 or \\a");
                break;
            }
        }
        return new YamlNode.Scalar(Nfc.of(text), type, line, col);
    }

    private boolean reportTabs(String yaml) {
        boolean found = false;
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            for (int c = 0; c < l.length() && (l.charAt(c) == ' ' || l.charAt(c) == '\t'); c++) {
                if (l.charAt(c) == '\t') {
                    problems.add(path, firstLine + i, c + 1, "a tab character is used for indentation",
                            "YAML needs spaces: replace the tab with spaces");
                    found = true;
                    break;
                }
            }
        }
        return found;
    }

    /**
     * A parse error at the line and column of the problem itself (not of the enclosing construct), in
     * SnakeYAML's words; a tab on that line is named as the likely cause.
     */
    private void reportUnreadable(String yaml, JsonProcessingException e) {
        int line;
        int col;
        String message;
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            line = firstLine + marked.getProblemMark().getLine();
            col = marked.getProblemMark().getColumn() + 1;
            message = marked.getProblem() == null ? firstSentence(e.getOriginalMessage()) : firstSentence(marked.getProblem());
        } else {
            JsonLocation at = e.getLocation() != null ? e.getLocation() : parser == null ? null : parser.currentLocation();
            line = at == null ? firstLine : line(at);
            col = at == null ? 1 : col(at);
            message = firstSentence(e.getOriginalMessage());
        }
        String[] lines = yaml.split("\n", -1);
        int index = line - firstLine;
        if (index >= 0 && index < lines.length && lines[index].indexOf('\t') >= 0) {
            problems.add(path, line, lines[index].indexOf('\t') + 1, "a tab character cannot be used here",
                    "YAML needs spaces: replace the tab with spaces");
            return;
        }
        problems.add(path, line, col, "YAML cannot be read: " + message,
                "check the indentation and quote values that contain ':' or '#'");
    }

    private int line(JsonLocation at) {
        return firstLine + Math.max(at.getLineNr(), 1) - 1;
    }

    private static int col(JsonLocation at) {
        return Math.max(at.getColumnNr(), 1);
    }

    private static String firstSentence(String message) {
        if (message == null) {
            return "syntax error";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        if (m.contains("org.yaml.snakeyaml") || m.startsWith("Expected a field name")) {
            return "each line must be a simple key followed by ':' and its value";
        }
        return m;
    }
}
