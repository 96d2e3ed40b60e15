package vn.campaignkit.source;

import java.util.Optional;
import vn.campaignkit.problem.Problems;

/** Splits {@code ---} front matter from the Markdown body, remembering on which line of the file each starts. */
public final class FrontMatterSplitter {

    /** The two halves of a content file; line numbers are 1-based lines of the file. */
    public record Split(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {
    }

    private FrontMatterSplitter() {
    }

    public static Optional<Split> split(String path, String text, Problems problems) {
        if (!isFence(firstLine(text))) {
            problems.add(path, 1, 1, "the file does not start with front matter",
                    "put a line '---' first, then 'title: …', then another '---' line");
            return Optional.empty();
        }
        int pos = text.indexOf('\n');
        int line = 2;
        int yamlStart = pos + 1;
        while (pos >= 0 && pos < text.length()) {
            int next = text.indexOf('\n', pos + 1);
            String current = text.substring(pos + 1, next < 0 ? text.length() : next);
            if (isFence(current)) {
                String yaml = text.substring(yamlStart, pos + 1);
                String body = next < 0 ? "" : text.substring(next + 1);
                return Optional.of(new Split(yaml, 2, body, line + 1));
            }
            if (next < 0) {
                break;
            }
            pos = next;
            line++;
        }
        problems.add(path, 1, 1, "the front matter is never closed", "add a line '---' after the last front-matter key");
        return Optional.empty();
    }

    private static String firstLine(String text) {
        int nl = text.indexOf('\n');
        return nl < 0 ? text : text.substring(0, nl);
    }

    private static boolean isFence(String line) {
        return line.stripTrailing().equals("---");
    }
}
