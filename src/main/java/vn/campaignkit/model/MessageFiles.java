package vn.campaignkit.model;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.SourceTree;
import vn.campaignkit.source.TextDecoder;
import vn.campaignkit.source.YamlNode;
import vn.campaignkit.source.YamlReader;

/**
 * Reads the message files of the declared languages: the built-in {@code templates/messages/<code>.yaml} of the
 * jar, then the site's own file of the same name, whose keys replace the built-in ones one by one. Every language
 * must have every key that the built-in Vietnamese file or any of the site's message files has; a missing key is a
 * problem naming the key and the file to add it to.
 */
public final class MessageFiles {
    /** The folder of message files, inside {@code templates/}. */
    public static final String FOLDER = "templates/messages/";
    private static final String BUILT_IN = "/campaignkit/templates/messages/";
    private static final String REFERENCE = "vi";

    /** One file's sections, with where each key was written. */
    private record Read(String path, Map<String, Map<String, String>> sections, Map<String, int[]> sectionLines) {
        static final Read NONE = new Read("", Map.of(), Map.of());
    }

    private MessageFiles() {
    }

    /** The jar's own messages of {@code code} (a site without message files of its own). */
    public static Messages builtIn(String code) {
        Problems problems = new Problems();
        Read read = builtIn(code, problems);
        if (read.sections().isEmpty() || !problems.isEmpty()) {
            throw new IllegalStateException("the built-in messages of \"" + code + "\" cannot be read: " + problems.sorted());
        }
        return new Messages(code, read.sections());
    }

    /** The messages of each code, in order; problems for missing keys and malformed files. */
    public static Map<String, Messages> read(List<String> codes, SourceTree tree, Problems problems) {
        Map<String, Read> own = new LinkedHashMap<>();
        Map<String, Read> builtIn = new LinkedHashMap<>();
        for (String code : codes) {
            builtIn.put(code, builtIn(code, problems));
            own.put(code, siteFile(tree, code, problems));
        }
        Read reference = builtIn(REFERENCE, problems);
        Set<String> keys = new LinkedHashSet<>(keysOf(reference));
        own.values().forEach(r -> keys.addAll(keysOf(r)));
        Map<String, Map<String, Map<String, String>>> merged = new LinkedHashMap<>();
        for (String code : codes) {
            merged.put(code, merge(builtIn.get(code), own.get(code)));
            reportMissing(code, keys, merged.get(code), own.get(code), problems);
        }
        Map<String, Messages> out = new LinkedHashMap<>();
        for (String code : codes) {
            // a missing text was reported: the build goes on with another language's, to find every other problem
            for (String key : keys) {
                String[] parts = key.split("\\.", 2);
                Map<String, String> section = merged.get(code).computeIfAbsent(parts[0], s -> new LinkedHashMap<>());
                if (!section.containsKey(parts[1])) {
                    section.put(parts[1], standIn(parts, reference, merged.values()));
                }
            }
            out.put(code, new Messages(code, merged.get(code)));
        }
        return out;
    }

    private static String standIn(String[] key, Read reference, java.util.Collection<Map<String, Map<String, String>>> all) {
        String text = reference.sections().getOrDefault(key[0], Map.of()).get(key[1]);
        for (Map<String, Map<String, String>> m : all) {
            text = text != null ? text : m.getOrDefault(key[0], Map.of()).get(key[1]);
        }
        return text == null ? "" : text;
    }

    private static Map<String, Map<String, String>> merge(Read builtIn, Read own) {
        Map<String, Map<String, String>> merged = new LinkedHashMap<>();
        for (Read r : List.of(builtIn, own)) {
            r.sections().forEach((section, texts) -> merged.computeIfAbsent(section, s -> new LinkedHashMap<>()).putAll(texts));
        }
        return merged;
    }

    private static void reportMissing(String code, Set<String> keys, Map<String, Map<String, String>> merged, Read own,
                                      Problems problems) {
        String path = own.path().isEmpty() ? FOLDER + code + ".yaml" : own.path();
        if (merged.isEmpty()) {
            problems.add(path, 0, 0, "there are no interface texts for language \"" + code + "\"",
                    "write " + path + " with every key of the built-in en.yaml, translated (see docs/languages.md)");
            return;
        }
        for (String key : keys) {
            int dot = key.indexOf('.');
            String section = key.substring(0, dot);
            if (merged.getOrDefault(section, Map.of()).containsKey(key.substring(dot + 1))) {
                continue;
            }
            int[] at = own.sectionLines().getOrDefault(section, new int[] {own.path().isEmpty() ? 0 : 1, own.path().isEmpty() ? 0 : 1});
            problems.add(path, at[0], at[1], "the message " + key + " is missing for language \"" + code + "\"",
                    "add " + key.substring(dot + 1) + ": \"…\" under " + section + ": in " + path);
        }
    }

    private static List<String> keysOf(Read r) {
        List<String> keys = new ArrayList<>();
        r.sections().forEach((section, texts) -> texts.keySet().forEach(k -> keys.add(section + "." + k)));
        return keys;
    }

    private static Read builtIn(String code, Problems problems) {
        try (InputStream in = MessageFiles.class.getResourceAsStream(BUILT_IN + code + ".yaml")) {
            if (in == null) {
                return Read.NONE;
            }
            return parse("(built-in) " + FOLDER + code + ".yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Read siteFile(SourceTree tree, String code, Problems problems) {
        String path = FOLDER + code + ".yaml";
        Optional<SourceFile> file = tree.templates().stream().filter(f -> f.path().equals(path)).findFirst();
        if (file.isEmpty()) {
            return Read.NONE;
        }
        try {
            Optional<String> text = TextDecoder.decode(path, Files.readAllBytes(file.get().file()), problems);
            return text.map(t -> parse(path, t, problems)).orElse(new Read(path, Map.of(), Map.of()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Read parse(String path, String yaml, Problems problems) {
        Optional<YamlNode.Mapping> root = YamlReader.readMapping(path, yaml, 1, problems);
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        Map<String, int[]> lines = new LinkedHashMap<>();
        for (YamlNode.Entry section : root.map(YamlNode.Mapping::entries).orElse(List.of())) {
            if (!(section.value() instanceof YamlNode.Mapping texts)) {
                problems.add(path, section.line(), section.col(), "'" + section.key() + "' should be a group of texts",
                        "write each text on its own line under it: '  key: \"text\"'");
                continue;
            }
            lines.put(section.key(), new int[] {section.line(), section.col()});
            Map<String, String> values = new LinkedHashMap<>();
            for (YamlNode.Entry e : texts.entries()) {
                if (e.value() instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
                    values.put(e.key(), s.text());
                } else {
                    problems.add(path, e.line(), e.col(), "the message " + section.key() + "." + e.key()
                            + " should be a text, not " + e.value().describe(), "write it in quotes: " + e.key() + ": \"…\"");
                }
            }
            sections.put(section.key(), values);
        }
        return new Read(path, sections, lines);
    }
}
