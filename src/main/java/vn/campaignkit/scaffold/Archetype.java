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

/**
 * The starting text of a new content file: the site's {@code templates/archetypes/KIND.md} when it has
 * one, else the built-in file of the same name. Placeholders {@code {{name}}} are filled in; inside
 * the front matter a value is escaped for a double-quoted YAML string, so archetypes write
 * {@code title: "{{title}}"}.
 */
record Archetype(String path, String text) {
    /** Where the jar keeps the built-in templates (the default site's {@code templates/}). */
    private static final String BUILT_IN = "/campaignkit/templates/";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]*)\\s*}}");

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

    /** The archetype with every placeholder replaced; an unknown placeholder is a problem at its line and column. */
    Optional<String> fill(Map<String, String> values, Problems problems) {
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
                String value = values.get(placeholder.group(1));
                if (value == null) {
                    problems.add(path, i + 1, placeholder.start() + 1, "unknown placeholder " + placeholder.group(),
                            "use one of " + String.join(", ", new TreeMap<>(values).keySet().stream().map(k -> "{{" + k + "}}").toList()));
                    fail = true;
                    continue;
                }
                out.append(line, from, placeholder.start()).append(inFrontMatter && !fence ? yamlEscaped(value) : value);
                from = placeholder.end();
            }
            out.append(line, from, line.length());
            if (i < lines.length - 1) {
                out.append('\n');
            }
        }
        return fail ? Optional.empty() : Optional.of(out.toString());
    }

    private static String yamlEscaped(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
