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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.YamlWriter;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.schema.FieldSpec;
import vn.campaignkit.source.schema.FieldType;
import vn.campaignkit.source.schema.KindSchema;
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
        Optional<KindSchema> kind = ContentSchema.ofPath(path);
        List<String> edited = edit(block, mapping.get(), changes, kind);
        List<String> out = new ArrayList<>(lines.subList(0, 1));
        out.addAll(edited);
        out.addAll(lines.subList(close, lines.size()));
        return Optional.of(String.join("\n", out));
    }

    private List<String> edit(List<String> block, YamlNode.Mapping mapping, Map<String, Object> changes, Optional<KindSchema> kind) {
        List<YamlNode.Entry> entries = mapping.entries();
        TreeMap<Integer, Replacement> replacements = new TreeMap<>();
        List<String> appended = new ArrayList<>();
        for (Map.Entry<String, Object> change : changes.entrySet()) {
            String key = change.getKey();
            Object value = typed(change.getValue(), kind.flatMap(k -> k.field(key)).map(FieldSpec::type));
            boolean empty = isEmpty(value);
            List<String> emitted = empty ? List.of() : YamlWriter.entry(key, value).lines().toList();
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

    /**
     * A value from the form as the YAML writer takes it: dates of date keys as dates (written unquoted, as the
     * archetypes do), numbers of number keys as integers, empty texts dropped from lists (an empty group stays:
     * a new answer or scene the editor has not filled in yet is shown with its problems), any other number as text.
     */
    static Object typed(Object value, Optional<FieldType> type) {
        if (value instanceof String text && type.isPresent()) {
            String t = text.strip();
            if (type.get() == FieldType.DATE && t.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                try {
                    return LocalDate.parse(t);
                } catch (DateTimeParseException e) {
                    return text;
                }
            }
            if (type.get() == FieldType.INTEGER && t.matches("-?[0-9]{1,9}")) {
                return Integer.parseInt(t);
            }
        }
        if (value instanceof Number number && !(value instanceof Integer) && !(value instanceof Long)) {
            return number.toString();
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>();
            list.stream().filter(item -> item instanceof Map<?, ?> || !isEmpty(item)).forEach(item -> out.add(typed(item, Optional.empty())));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, item) -> {
                if (!isEmpty(item)) {
                    out.put(String.valueOf(k), typed(item, Optional.empty()));
                }
            });
            return out;
        }
        return value;
    }

    static boolean isEmpty(Object value) {
        return value == null || (value instanceof String s && s.isBlank()) || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty());
    }
}
