package vn.campaignkit.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.FrontMatterSplitter;
import vn.campaignkit.source.SiteConfigReader;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.YamlReader;
import vn.campaignkit.source.YamlWriter;

/**
 * Starts the translation of a content file into another declared language: {@code content/tips/x.md} →
 * {@code content/tips/x.en.md}, beside its original, with the original's front matter and body copied to be
 * translated in place (a comment at the top says so) and, when given, the translated title already written.
 * The translation is linked to its original by that name alone, so it is never named after the translated title.
 */
public final class NewTranslation {
    /** The home page, translated with any kind word ({@code new page --lang en --from content/index.md}). */
    static final String HOME = "content/index.md";
    private final Path siteRoot;

    public NewTranslation(Path siteRoot) {
        this.siteRoot = siteRoot;
    }

    /**
     * The translation of {@code original} (a path such as {@code content/tips/x.md}, or the file name or slug of a
     * file in {@code kind}'s folder) into {@code code}, not written yet; {@code title} replaces the copied title.
     */
    public NewContent.Outcome plan(ContentKind kind, String original, String code, Optional<String> title) throws IOException {
        Problems problems = new Problems();
        List<String> others = otherLanguages(siteRoot, problems);
        if (!problems.isEmpty()) {
            return new NewContent.Outcome.Refused(problems.sorted());
        }
        Optional<NewContent.Outcome> unknown = unknownLanguage(others, code);
        if (unknown.isPresent()) {
            return unknown.get();
        }
        String path = originalPath(kind, original);
        Path file = siteRoot.resolve(path).normalize();
        if (!file.startsWith(siteRoot.resolve("content").normalize()) || path.contains("/../") || path.contains("/./")) {
            return refuse(path, "only a page of content/ can be translated", "give a path such as " + kind.folder() + "/x.md");
        }
        if (!path.equals(HOME) && !path.startsWith(kind.folder() + "/")) {
            return refuse(path, "this file is not a " + kind.word(), "write new " + kindWord(path) + " --lang " + code + " --from " + path);
        }
        if (kind == ContentKind.SCHOOL) {
            return refuse(path, "school pages are published in the site's default language only", "leave the school's page untranslated");
        }
        String stem = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        int dot = stem.lastIndexOf('.');
        if (dot > 0 && others.contains(stem.substring(dot + 1))) {
            String suffix = stem.substring(dot) + ".md";
            return refuse(path, "this file is itself a translation", "translate its original, "
                    + path.substring(0, path.length() - suffix.length()) + ".md");
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return refuse(path, "there is no such page to translate", "give the original's path, e.g. --from "
                    + kind.folder() + "/" + NewContent.fileSlug(original) + ".md, or its file name");
        }
        String target = path.substring(0, path.length() - 3) + "." + code + ".md";
        if (Files.exists(siteRoot.resolve(target), LinkOption.NOFOLLOW_LINKS)) {
            return refuse(target, "this page is already translated, so nothing was written", "open and edit " + target);
        }
        String text = Normalizer.normalize(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), Normalizer.Form.NFC)
                .replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Optional<String> translated = translatedText(path, text, code, title, problems);
        if (translated.isEmpty()) {
            return new NewContent.Outcome.Refused(problems.sorted());
        }
        return new NewContent.Outcome.Planned(target, siteRoot.resolve(target), translated.get());
    }

    /** The original's text with a comment saying what to do and, when given, the new title in place of the old. */
    private static Optional<String> translatedText(String path, String text, String code, Optional<String> title, Problems problems) {
        Problems found = new Problems();
        Optional<FrontMatterSplitter.Split> split = FrontMatterSplitter.split(path, text, found)
                .filter(s -> YamlReader.readMapping(path, s.yaml(), s.yamlFirstLine(), found).isPresent());
        if (split.isEmpty() || !found.isEmpty()) {
            found.sorted().forEach(problems::add);
            problems.add(path, 1, 1, "the original's front matter must read cleanly before it can be translated",
                    "fix the problems above first (campaign-kit check)");
            return Optional.empty();
        }
        String[] lines = text.split("\n", -1);
        StringBuilder out = new StringBuilder(lines[0]).append('\n');
        out.append("# Bản dịch (").append(code).append(") của ").append(path)
                .append(": dịch các dòng chữ và phần nội dung, giữ nguyên tên các khoá.\n");
        boolean inFrontMatter = true;
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            if (inFrontMatter && line.equals("---")) {
                inFrontMatter = false;
            } else if (inFrontMatter && title.isPresent() && line.startsWith("title:")) {
                line = "title: " + YamlWriter.scalar(Normalizer.normalize(title.get().strip(), Normalizer.Form.NFC));
                while (i + 1 < lines.length && (lines[i + 1].startsWith(" ") || lines[i + 1].startsWith("\t"))) {
                    i++; // a title written over several lines
                }
            }
            out.append(line).append(i + 1 < lines.length ? "\n" : "");
        }
        return Optional.of(out.toString());
    }

    /** A refusal when {@code code} is not one of the site's other languages; empty when it is. */
    public static Optional<NewContent.Outcome> unknownLanguage(List<String> others, String code) {
        if (others.contains(code)) {
            return Optional.empty();
        }
        return Optional.of(refuse("site.yaml", "\"" + code + "\" is not one of the site's other languages"
                + (others.isEmpty() ? " (site.yaml declares none)" : " (" + String.join(", ", others) + ")"),
                "declare it in site.yaml, e.g. languages: [vi, " + code + "]" + (others.isEmpty() ? "" : ", or use --lang " + others.get(0))));
    }

    /** The word of the kind whose folder holds {@code path}, for a hint. */
    private static String kindWord(String path) {
        for (ContentKind k : ContentKind.values()) {
            if (path.startsWith(k.folder() + "/")) {
                return k.word();
            }
        }
        return "page";
    }

    /** {@code content/tips/x.md} as given, or the file {@code x.md} / {@code x} of the kind's folder. */
    private String originalPath(ContentKind kind, String original) {
        String given = Normalizer.normalize(original.strip().replace('\\', '/'), Normalizer.Form.NFC);
        if (given.startsWith("content/")) {
            return given.endsWith(".md") ? given : given + ".md";
        }
        return kind.folder() + "/" + (given.endsWith(".md") ? given : given + ".md");
    }

    /** The codes of the languages site.yaml declares besides the default, in its order. */
    public static List<String> otherLanguages(Path siteRoot, Problems problems) {
        Path yaml = siteRoot.resolve("site.yaml");
        Optional<SourceFile> file = Files.isRegularFile(yaml, LinkOption.NOFOLLOW_LINKS)
                ? Optional.of(new SourceFile("site.yaml", yaml)) : Optional.empty();
        SiteConfig config = new SiteConfigReader().read(file, Optional.empty(), problems);
        return config.otherLanguages().stream().map(SiteConfig::language).toList();
    }

    private static NewContent.Outcome refuse(String path, String message, String hint) {
        return new NewContent.Outcome.Refused(List.of(new vn.campaignkit.problem.Problem(path, 1, 1, message, hint)));
    }
}
