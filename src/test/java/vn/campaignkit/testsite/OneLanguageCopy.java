package vn.campaignkit.testsite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Turns a copy of the default site into the one-language site it was before issue 15: site.yaml without its
 * {@code languages:} block, and no {@code *.en.md} translations (which a one-language site would read as pages
 * of their own). For tests of what a one-language site does — the byte-identity with earlier builds, and the
 * one-language preview ({@code serve}).
 */
public final class OneLanguageCopy {
    private OneLanguageCopy() {
    }

    /** Rewrites the site folder {@code site} in place. */
    public static void make(Path site) {
        try {
            Path yaml = site.resolve("site.yaml");
            String text = Files.readString(yaml, StandardCharsets.UTF_8);
            Files.writeString(yaml, withoutLanguages(text), StandardCharsets.UTF_8);
            if (Files.isDirectory(site.resolve("content"))) {
                try (Stream<Path> walk = Files.walk(site.resolve("content"))) {
                    for (Path p : walk.filter(p -> p.getFileName().toString().endsWith(".en.md")).toList()) {
                        Files.delete(p);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site.yaml text without the comment that introduces {@code languages:} and without the block itself. */
    public static String withoutLanguages(String yaml) {
        return yaml.replaceAll("(?ms)^# The site in two languages.*?\\n(?=languages:)", "")
                .replaceAll("(?ms)^languages:\\n(?:[ #].*?\\n|\\n)*", "");
    }
}
