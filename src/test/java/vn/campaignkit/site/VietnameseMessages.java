package vn.campaignkit.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Vietnamese interface texts of templates/messages/vi.yaml, cut at their {places} and markup into the pieces
 * a page can show (at least 4 characters with a letter outside ASCII): what an English page must not contain.
 */
final class VietnameseMessages {
    private static final Pattern TEXT = Pattern.compile("^  [a-z_]+: \"(.*)\"$", Pattern.MULTILINE);

    private VietnameseMessages() {
    }

    static List<String> fragments() {
        String yaml;
        try {
            yaml = Files.readString(BuiltSite.root().resolve("templates/messages/vi.yaml"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> out = new ArrayList<>();
        Matcher m = TEXT.matcher(yaml);
        while (m.find()) {
            if (m.group(0).startsWith("  format:") || m.group(0).startsWith("  og_locale:")) {
                continue;
            }
            for (String part : m.group(1).split("\\{\\w+\\}|<[^>]+>")) {
                String piece = part.strip().replaceAll("^[ .,:;–()]+|[ .,:;–()]+$", "");
                if (piece.length() >= 4 && piece.chars().anyMatch(c -> c > 127) && !out.contains(piece)) {
                    out.add(piece);
                }
            }
        }
        return out;
    }
}
