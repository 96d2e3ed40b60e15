package vn.campaignkit.scaffold;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.TextDecoder;
import vn.campaignkit.source.YamlWriter;

/**
 * The starting text of a new content file: the site's {@code templates/archetypes/KIND.md} when it has
 * one, else the built-in file of the same name. Placeholders {@code {{name}}} are filled in: in the
 * front matter by {@link YamlWriter} (archetypes write {@code title: {{title}}} or {@code date: {{date}}}),
 * in the body as plain text.
 */
record Archetype(String path, String text) {
    /** Where the jar keeps the built-in templates (the default site's {@code templates/}). */
    private static final String BUILT_IN = "/campaignkit/templates/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]*)\\s*}}");
    /** What may stand before a placeholder that is a whole value: {@code key: }, {@code - }, {@code - key: }, maybe commented out. */
    private static final Pattern WHOLE_VALUE_BEFORE = Pattern.compile("\\s*(?:#\\s*)?(?:-\\s+)*(?:[A-Za-z0-9_]+:\\s+)?(?:-\\s+)*");
    /** What may follow it: nothing, or a comment. */
    private static final Pattern WHOLE_VALUE_AFTER = Pattern.compile("\\s*(?:\\s#.*)?");

    /** The site's own archetype, or the built-in one; a site file that is not UTF-8 is a problem. */
    static Optional<Archetype> load(Path siteRoot, ContentKind kind, Problems problems) throws IOException {
        Path own = siteRoot.resolve(kind.archetype());
        if (Files.isSymbolicLink(own)) {
            problems.add(kind.archetype(), 0, 0, "the archetype is a symbolic link", "copy the file into the site folder instead");
            return Optional.empty();
        }
        if (Files.isRegularFile(own, LinkOption.NOFOLLOW_LINKS)) {
            return TextDecoder.decode(kind.archetype(), Files.readAllBytes(own), problems)
                    .map(text -> new Archetype(kind.archetype(), text));
        }
        try (InputStream in = Archetype.class.getResourceAsStream(BUILT_IN + kind.archetype().substring("templates/".length()))) {
            if (in == null) {
                throw new IllegalStateException("the built-in archetype " + kind.archetype() + " is missing from the jar");
            }
            return Optional.of(new Archetype("(built-in) " + kind.archetype(), TextDecoder.decodeTrusted(in.readAllBytes())));
        }
    }

    /**
     * The archetype with every placeholder replaced; an unknown placeholder, or one the front matter
     * cannot hold, is a problem at its line and column. In the front matter the YAML library writes the
     * value: a placeholder that is a whole value ({@code key: {{title}}}, {@code - {{title}}}) becomes a
     * scalar, quoted only where needed; one inside double quotes ({@code "Về {{title}}"}, also in a
     * {@code #} comment line) becomes the quoted string's content. The comment lines stay as the
     * archetype wrote them. In the body a value is written as it is.
     */
    Optional<String> fill(Map<String, Object> values, Problems problems) {
        StringBuilder out = new StringBuilder(text.length() + 64);
        String[] lines = text.split("\n", -1);
        boolean inFrontMatter = false;
        boolean fail = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean fence = line.stripTrailing().equals("---");
            if (fence && (i == 0 || inFrontMatter)) {
                inFrontMatter = i == 0;
            }
            Matcher placeholder = PLACEHOLDER.matcher(line);
            int from = 0;
            while (placeholder.find()) {
                Object value = values.get(placeholder.group(1));
                if (value == null) {
                    problems.add(path, i + 1, placeholder.start() + 1, "unknown placeholder " + placeholder.group(),
                            "use one of " + String.join(", ", new TreeMap<>(values).keySet().stream().map(k -> "{{" + k + "}}").toList()));
                    fail = true;
                    continue;
                }
                Optional<String> written = inFrontMatter && !fence ? inYaml(line, placeholder, value) : Optional.of(value.toString());
                if (written.isEmpty()) {
                    problems.add(path, i + 1, placeholder.start() + 1, "the placeholder " + placeholder.group()
                            + " is part of an unquoted value, which a value with ':' or '#' would break",
                            "write it alone after the key (key: " + placeholder.group() + ") or inside double quotes");
                    fail = true;
                    continue;
                }
                out.append(line, from, placeholder.start()).append(written.get());
                from = placeholder.end();
            }
            out.append(line, from, line.length());
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return fail ? Optional.empty() : Optional.of(out.toString());
    }

    /** The value as YAML at the placeholder's place in a front-matter line; empty where no YAML form fits. */
    private static Optional<String> inYaml(String line, Matcher placeholder, Object value) {
        String before = line.substring(0, placeholder.start());
        if (insideDoubleQuotes(before)) {
            return Optional.of(YamlWriter.insideDoubleQuotes(value.toString()));
        }
        String after = line.substring(placeholder.end());
        boolean wholeValue = WHOLE_VALUE_BEFORE.matcher(before).matches() && WHOLE_VALUE_AFTER.matcher(after).matches();
        if (wholeValue) {
            return Optional.of(YamlWriter.scalar(value));
        }
        return before.stripLeading().startsWith("#") ? Optional.of(value.toString()) : Optional.empty();
    }

    /** Whether the text before a placeholder leaves a double-quoted string open (quotes escaped with a backslash don't count). */
    private static boolean insideDoubleQuotes(String before) {
        boolean open = false;
        for (int i = 0; i < before.length(); i++) {
            char c = before.charAt(i);
            if (open && c == '\\') {
                i++;
            } else if (c == '"') {
                open = !open;
            } else if (!open && c == '\'') {
                return false;
            }
        }
        return open;
    }
}
