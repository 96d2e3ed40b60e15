package vn.campaignkit.desk;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.YamlNode;
import vn.campaignkit.source.YamlReader;

/**
 * Changes keys of a file's front matter the way a careful person would by hand: only the lines of the
 * changed keys are rewritten; comments, the order of keys, the other keys and the body stay exactly as
 * written. A new key takes the place of its commented-out line ({@code # summary: …}) when the archetype left
 * one, and goes last otherwise. An empty value removes the key.
 */
final class FrontMatterEdit {
    private static final Pattern TRAILING_COMMENT = Pattern.compile("\\s+(#\\s.*)$");
    private final YamlValues yaml;

    FrontMatterEdit(YamlValues yaml) {
        this.yaml = yaml;
    }

    /** The text with the changes made; empty when its front matter cannot be read (the raw file must be fixed first). */
    Optional<String> apply(String path, String text, Map<String, Object> changes) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.isEmpty() || !lines.get(0).stripTrailing().equals("---")) {
            if (!text.isBlank()) {
                return Optional.empty();
            }
            lines = new ArrayList<>(List.of("---", "---", ""));
        }
        int close = -1;
        for (int i = 1; i < lines.size() && close < 0; i++) {
            if (lines.get(i).stripTrailing().equals("---")) {
                close = i;
            }
        }
        if (close < 0) {
            return Optional.empty();
        }
        List<String> block = new ArrayList<>(lines.subList(1, close));
        Problems problems = new Problems();
        Optional<YamlNode.Mapping> mapping = YamlReader.readMapping(path, String.join("\n", block) + "\n", 2, problems);
        if (mapping.isEmpty() || !problems.isEmpty()) {
            return Optional.empty();
        }
        List<String> edited = edit(block, mapping.get(), changes);
        List<String> out = new ArrayList<>(lines.subList(0, 1));
        out.addAll(edited);
        out.addAll(lines.subList(close, lines.size()));
        return Optional.of(String.join("\n", out));
    }

    private List<String> edit(List<String> block, YamlNode.Mapping mapping, Map<String, Object> changes) {
        List<YamlNode.Entry> entries = mapping.entries();
        TreeMap<Integer, Replacement> replacements = new TreeMap<>();
        List<String> appended = new ArrayList<>();
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String key = change.getKey();
            boolean empty = isEmpty(change.getValue());
            List<String> emitted = empty ? List.of() : yaml.lines(key, change.getValue());
            Optional<Integer> index = indexOf(entries, key);
            if (index.isPresent()) {
                int start = entries.get(index.get()).line() - 2;
                int end = index.get() + 1 < entries.size() ? entries.get(index.get() + 1).line() - 2 : block.size();
                while (end > start + 1 && isCommentOrBlank(block.get(end - 1))) {
                    end--;
                }
                replacements.put(start, new Replacement(end, emitted));
                continue;
            }
            if (empty) {
                continue;
            }
            Optional<Integer> slot = commentedSlot(block, key, replacements);
            if (slot.isPresent()) {
                List<String> withComment = new ArrayList<>(emitted);
                Matcher comment = TRAILING_COMMENT.matcher(block.get(slot.get()).substring(block.get(slot.get()).indexOf(':') + 1));
                if (comment.find()) {
                    withComment.set(0, withComment.get(0) + "   " + comment.group(1));
                }
                replacements.put(slot.get(), new Replacement(slot.get() + 1, withComment));
            } else {
                appended.addAll(emitted);
            }
        }
        List<String> out = new ArrayList<>(block);
        for (Map.Entry<Integer, Replacement> r : replacements.descendingMap().entrySet()) {
            out.subList(r.getKey(), r.getValue().end()).clear();
            out.addAll(r.getKey(), r.getValue().lines());
        }
        out.addAll(appended);
        return out;
    }

    private record Replacement(int end, List<String> lines) {
    }

    private static Optional<Integer> indexOf(List<YamlNode.Entry> entries, String key) {
        for (int i = 0; i < entries.size(); i++) {
            if (entries.get(i).key().equals(key)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** A line {@code # key: …} at the start of a line, not inside a key being rewritten. */
    private static Optional<Integer> commentedSlot(List<String> block, String key, TreeMap<Integer, Replacement> taken) {
        Pattern slot = Pattern.compile("^#\\s?" + Pattern.quote(key) + "\\s*:.*");
        for (int i = 0; i < block.size(); i++) {
            int line = i;
            boolean inside = taken.entrySet().stream().anyMatch(r -> line >= r.getKey() && line < r.getValue().end());
            if (!inside && slot.matcher(block.get(i)).matches()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    private static boolean isCommentOrBlank(String line) {
        return line.isBlank() || line.startsWith("#");
    }

    static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank()) || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty());
    }
}
