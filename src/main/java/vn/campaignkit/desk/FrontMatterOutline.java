package vn.campaignkit.desk;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.FrontMatterSplitter;
import vn.campaignkit.source.YamlNode;
import vn.campaignkit.source.YamlReader;

/**
 * A file's front matter as the desk's form shows it: every value as plain text, true/false, lists and groups,
 * and the line of the file each key and list item starts on ({@code questions.0.answers.1.why} → 14), so a
 * problem can be shown at its field. {@code bodyLine} is the file line the Markdown body starts on.
 */
record FrontMatterOutline(Map<String, Object> values, Map<String, Integer> lines, int bodyLine) {

    /** The outline, or empty when the front matter cannot be read. */
    static Optional<FrontMatterOutline> of(String path, String text) {
        Problems problems = new Problems();
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(path, text, problems);
        if (split.isEmpty()) {
            return Optional.empty();
        }
        Optional<YamlNode.Mapping> mapping = YamlReader.readMapping(path, split.get().yaml(), split.get().yamlFirstLine(), problems);
        if (mapping.isEmpty() || !problems.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Integer> lines = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        Map<String, Object> values = (Map<String, Object>) plain(mapping.get(), "", lines);
        return Optional.of(new FrontMatterOutline(values, lines, split.get().bodyFirstLine()));
    }

    private static Object plain(YamlNode node, String at, Map<String, Integer> lines) {
        if (node instanceof YamlNode.Scalar s) {
            return switch (s.type()) {
                case NULL -> "";
                case BOOLEAN -> switch (s.text().strip().toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes", "on" -> Boolean.TRUE;
                    case "false", "no", "off" -> Boolean.FALSE;
                    default -> s.text();
                };
                default -> s.text();
            };
        }
        if (node instanceof YamlNode.Sequence seq) {
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                YamlNode item = seq.items().get(i);
                String here = at + "." + i;
                lines.put(here.substring(1), item.line());
                items.add(plain(item, here, lines));
            }
            return items;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (YamlNode.Entry e : ((YamlNode.Mapping) node).entries()) {
            String here = at + "." + e.key();
            lines.put(here.substring(1), e.line());
            out.put(e.key(), plain(e.value(), here, lines));
        }
        return out;
    }
}
