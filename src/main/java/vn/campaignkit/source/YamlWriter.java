package vn.campaignkit.source;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.emitter.Emitter;
import org.yaml.snakeyaml.events.DocumentEndEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.MappingEndEvent;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceEndEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.events.StreamEndEvent;
import org.yaml.snakeyaml.events.StreamStartEvent;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Represent;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Front matter written by the program (the {@code new} command's archetypes, the editor's desk), emitted
 * by SnakeYAML so that every value reads back through {@link YamlReader} and {@link Fields} as the same
 * value: the library escapes and quotes, never our code. Text is normalised to NFC and kept as UTF-8
 * (Vietnamese and emoji are never written as escapes); a text the YAML reader would take for something
 * else ({@code yes}, {@code 0912}, {@code 2025-10-20}, {@code null}) is quoted; a text with line breaks is
 * a literal block ({@code |}) where it stands on its own lines, else a double-quoted line with {@code \n}.
 * Accepted values: String, Boolean, Integer, Long, LocalDate, and Lists and Maps (String keys) of these.
 */
public final class YamlWriter {
    private static final String PROBE_KEY = "k";
    private static final Resolver RESOLVER = new Resolver();
    private static final DumperOptions PROBE_OPTIONS = options();

    private YamlWriter() {
    }

    /**
     * Block-style {@code key: value} lines for an ordered map of front-matter keys, each line ending in
     * {@code \n}; nested maps and lists of maps are indented blocks (quizzes, scenarios), lists of plain
     * texts are written {@code [a, b]}. An empty map gives an empty text.
     */
    public static String mapping(Map<String, ?> keys) {
        if (keys.isEmpty()) {
            return "";
        }
        return yaml(true).dump(normalised(keys));
    }

    /** One key with its value, as {@link #mapping} writes it: what the desk splices between an archetype's comment lines. */
    public static String entry(String key, Object value) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(key, value);
        return mapping(one);
    }

    /**
     * A scalar as it stands after {@code key: } on one line: {@code Mẹo hay}, {@code "yes"}, {@code 2025-10-20},
     * {@code true}, {@code "hai\ndòng"}. Line breaks are escaped, never written as new lines.
     */
    public static String scalar(Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?>) {
            throw new IllegalArgumentException("a scalar is a text, number, boolean or date, not " + value.getClass().getSimpleName());
        }
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(PROBE_KEY, normalised(value));
        String line = yaml(false).dump(one);
        return line.substring(PROBE_KEY.length() + 2, line.length() - 1);
    }

    /**
     * A text as it stands between the double quotes of a YAML string that an archetype already opened:
     * the emitter's double-quoted form without its quotes ({@code "} as {@code \"}, line break as {@code \n}).
     */
    public static String insideDoubleQuotes(String text) {
        Map<String, Object> one = new LinkedHashMap<>();
        one.put(PROBE_KEY, new DoubleQuoted(Nfc.of(text)));
        String line = yaml(false).dump(one);
        return line.substring(PROBE_KEY.length() + 3, line.length() - 2);
    }

    /**
     * Whether SnakeYAML's emitter writes the text unquoted as a mapping value (or as an item of a flow list):
     * the library's own judgement of what a plain scalar may hold and of what the reader would take for a
     * boolean, number, date or null. Texts it would quote are double-quoted (the archetypes' style) rather
     * than left to the emitter's single quotes.
     */
    static boolean staysPlain(String text, boolean inFlowList) {
        StringWriter out = new StringWriter();
        Emitter emitter = new Emitter(out, PROBE_OPTIONS);
        ImplicitTuple implicit = new ImplicitTuple(RESOLVER.resolve(NodeId.scalar, text, true).equals(Tag.STR),
                RESOLVER.resolve(NodeId.scalar, text, false).equals(Tag.STR));
        try {
            emitter.emit(new StreamStartEvent(null, null));
            emitter.emit(new DocumentStartEvent(null, null, false, null, null));
            emitter.emit(new MappingStartEvent(null, null, true, null, null, DumperOptions.FlowStyle.BLOCK));
            emitter.emit(new ScalarEvent(null, null, new ImplicitTuple(true, true), PROBE_KEY, null, null, DumperOptions.ScalarStyle.PLAIN));
            if (inFlowList) {
                emitter.emit(new SequenceStartEvent(null, null, true, null, null, DumperOptions.FlowStyle.FLOW));
            }
            emitter.emit(new ScalarEvent(null, null, implicit, text, null, null, DumperOptions.ScalarStyle.PLAIN));
            if (inFlowList) {
                emitter.emit(new SequenceEndEvent(null, null));
            }
            emitter.emit(new MappingEndEvent(null, null));
            emitter.emit(new DocumentEndEvent(null, null, false));
            emitter.emit(new StreamEndEvent(null, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String plain = inFlowList ? "[" + text + "]" : text;
        return out.toString().equals(PROBE_KEY + ": " + plain + "\n");
    }

    /** A text that must be written in double quotes, whatever it holds. */
    private record DoubleQuoted(String text) {
    }

    private static Yaml yaml(boolean blocksForLineBreaks) {
        DumperOptions options = options();
        return new Yaml(new FrontMatterRepresenter(options, blocksForLineBreaks), options);
    }

    private static DumperOptions options() {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE / 2);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        options.setExplicitStart(false);
        return options;
    }

    /** Strings to NFC, LocalDates kept, collections copied with the same rule; anything else is the caller's mistake. */
    private static Object normalised(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("a front-matter value cannot be null: leave the key out instead");
        }
        if (value instanceof String text) {
            return Nfc.of(text);
        }
        if (value instanceof Boolean || value instanceof Integer || value instanceof Long || value instanceof LocalDate) {
            return value;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(normalised(item)));
            return out;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((key, item) -> {
                if (!(key instanceof String name)) {
                    throw new IllegalArgumentException("front-matter keys are texts, not " + key);
                }
                out.put(Nfc.of(name), normalised(item));
            });
            return out;
        }
        throw new IllegalArgumentException("cannot write a " + value.getClass().getSimpleName() + " as front matter: use text, "
                + "true/false, a whole number, a LocalDate, or lists and maps of those");
    }

    /** SnakeYAML's representer with the front-matter choices: text styles, dates as plain YYYY-MM-DD, flow lists of plain texts. */
    private static final class FrontMatterRepresenter extends Representer {
        private final boolean blocksForLineBreaks;

        FrontMatterRepresenter(DumperOptions options, boolean blocksForLineBreaks) {
            super(options);
            this.blocksForLineBreaks = blocksForLineBreaks;
            this.representers.put(String.class, data -> representText((String) data));
            this.representers.put(DoubleQuoted.class, data -> representScalar(Tag.STR, ((DoubleQuoted) data).text(),
                    DumperOptions.ScalarStyle.DOUBLE_QUOTED));
            this.representers.put(LocalDate.class, new Represent() {
                @Override
                public Node representData(Object data) {
                    return representScalar(Tag.TIMESTAMP, data.toString(), DumperOptions.ScalarStyle.PLAIN);
                }
            });
        }

        private Node representText(String text) {
            DumperOptions.ScalarStyle style;
            if (text.indexOf('\n') >= 0) {
                // The emitter falls back to double quotes where a block cannot hold the text (flow lists, trailing spaces).
                style = blocksForLineBreaks ? DumperOptions.ScalarStyle.LITERAL : DumperOptions.ScalarStyle.DOUBLE_QUOTED;
            } else if (staysPlain(text, false)) {
                style = DumperOptions.ScalarStyle.PLAIN;
            } else {
                style = DumperOptions.ScalarStyle.DOUBLE_QUOTED;
            }
            return representScalar(Tag.STR, text, style);
        }

        @Override
        protected Node representSequence(Tag tag, Iterable<?> sequence, DumperOptions.FlowStyle flowStyle) {
            SequenceNode node = (SequenceNode) super.representSequence(tag, sequence, flowStyle);
            boolean plainItems = node.getValue().stream().allMatch(item -> item instanceof ScalarNode scalar && scalar.isPlain()
                    && (!scalar.getTag().equals(Tag.STR) || staysPlain(scalar.getValue(), true)));
            node.setFlowStyle(plainItems && !node.getValue().isEmpty() ? DumperOptions.FlowStyle.FLOW : DumperOptions.FlowStyle.BLOCK);
            return node;
        }
    }
}
