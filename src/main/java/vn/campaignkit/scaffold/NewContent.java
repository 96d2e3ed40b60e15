package vn.campaignkit.scaffold;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import vn.campaignkit.model.Slug;
import vn.campaignkit.model.SlugRules;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.FrontMatterSplitter;
import vn.campaignkit.source.YamlReader;

/**
 * Writes {@code content/FOLDER/SLUG.md} for a new tip, school, contest, hashtag, page, post, quiz, scenario,
 * frame or printable: the
 * slug comes from the title, the front matter from the archetype, the date is today. An existing
 * file is never overwritten.
 */
public final class NewContent {
    static final int MAX_SLUG_LENGTH = 80;
    private final Path siteRoot;
    private final Clock clock;

    /** What happened: the file was written, or nothing was written and the problems say why. */
    public sealed interface Outcome {
        record Created(String path, Path file) implements Outcome {
        }

        record Refused(List<Problem> problems) implements Outcome {
        }

        /** What {@link #plan} would write, not written yet. */
        record Planned(String path, Path file, String text) implements Outcome {
        }
    }

    public NewContent(Path siteRoot, Clock clock) {
        this.siteRoot = siteRoot;
        this.clock = clock;
    }

    public Outcome create(ContentKind kind, String rawTitle) throws IOException {
        return write(plan(kind, rawTitle));
    }

    /**
     * A new page in another language only ({@code content/tips/SLUG.en.md}, {@code languageCode} "en"), named after
     * its title; a translation of an existing page is started with {@link NewTranslation} instead.
     */
    public Outcome create(ContentKind kind, String rawTitle, String languageCode) throws IOException {
        return write(plan(kind, rawTitle, languageCode));
    }

    /** Writes what {@link #plan} or {@link NewTranslation#plan} planned, never over an existing file. */
    public static Outcome write(Outcome planned) throws IOException {
        if (!(planned instanceof Outcome.Planned plan)) {
            return planned;
        }
        Files.createDirectories(plan.file().getParent());
        try (OutputStream out = Files.newOutputStream(plan.file(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(plan.text().getBytes(StandardCharsets.UTF_8));
        } catch (FileAlreadyExistsException e) {
            return refuse(plan.path(), "a file with this name already exists, so nothing was written",
                    "open and edit " + plan.path() + ", or choose a different title");
        }
        return new Outcome.Created(plan.path(), plan.file());
    }

    /**
     * The file a new piece of content would be — its path and its text filled in from the archetype — without
     * writing it (the editor's desk fills in its form's values and writes it safely itself).
     */
    public Outcome plan(ContentKind kind, String rawTitle) throws IOException {
        return plan(kind, rawTitle, "");
    }

    /** {@link #plan(ContentKind, String)} for a page of another language ({@code SLUG.en.md}); "" for the default. */
    public Outcome plan(ContentKind kind, String rawTitle, String languageCode) throws IOException {
        Problems problems = new Problems();
        String title = Normalizer.normalize(rawTitle.strip(), Normalizer.Form.NFC);
        String slug = fileSlug(title.startsWith("#") ? title.substring(1) : title);
        if (!looksLikeSite()) {
            problems.add("content", 0, 0, "this folder has neither site.yaml nor content/, so it does not look like a site",
                    "run the command inside the site folder, or give it with --source DIR");
        } else if (title.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            problems.add(kind.folder(), 0, 0, "the title contains a line break or control character", "write the title on one line");
        } else if (slug.isEmpty()) {
            problems.add(kind.folder(), 0, 0, "the title \"" + title + "\" has no letters or digits to make a file name from",
                    "use a title with words, e.g. \"Cảnh giác với lời mời việc nhẹ lương cao\"");
        }
        if (!problems.isEmpty()) {
            return new Outcome.Refused(problems.sorted());
        }
        String name = slug + (languageCode.isEmpty() ? "" : "." + languageCode);
        String path = kind.folder() + "/" + name + ".md";
        Optional<String> existing = existingWithSlug(kind, name);
        if (existing.isPresent()) {
            return refuse(existing.get(), "a file with this name already exists, so nothing was written",
                    "open and edit " + existing.get() + ", or choose a different title");
        }
        Optional<String> text = Archetype.load(siteRoot, kind, problems)
                .flatMap(archetype -> archetype.fill(values(kind, title, slug), problems)
                        .filter(filled -> frontMatterReads(archetype.path(), filled, problems)));
        if (text.isEmpty()) {
            return new Outcome.Refused(problems.sorted());
        }
        Path file = siteRoot.resolve(kind.folder()).resolve(name + ".md");
        return new Outcome.Planned(path, file, text.get());
    }

    /** The site's slug rule, cut at a word end so a long title still gives a manageable file name. */
    public static String fileSlug(String title) {
        String slug = SlugRules.slugify(title).map(Slug::value).orElse("");
        if (slug.length() > MAX_SLUG_LENGTH) {
            int cut = slug.lastIndexOf('-', MAX_SLUG_LENGTH);
            slug = slug.substring(0, cut > 0 ? cut : MAX_SLUG_LENGTH);
        }
        return slug;
    }

    private boolean looksLikeSite() {
        return Files.isRegularFile(siteRoot.resolve("site.yaml")) || Files.isDirectory(siteRoot.resolve("content"));
    }

    /** A file named {@code SLUG.md} in the kind's folder or any sub-folder (schools are grouped by province). */
    private Optional<String> existingWithSlug(ContentKind kind, String slug) throws IOException {
        Path folder = siteRoot.resolve(kind.folder());
        if (Files.exists(folder.resolve(slug + ".md"), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(kind.folder() + "/" + slug + ".md");
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().equals(slug + ".md"))
                    .map(file -> kind.folder() + "/" + folder.relativize(file).toString().replace('\\', '/'))
                    .sorted().findFirst();
        }
    }

    /** Placeholder values: texts, and dates that the front matter writes as YAML dates. */
    private Map<String, Object> values(ContentKind kind, String title, String slug) {
        LocalDate today = LocalDate.now(clock);
        return Map.of(
                "title", title,
                "slug", slug,
                "date", today,
                "date_in_30_days", today.plusDays(30),
                "hashtag", "#" + slug.replace("-", ""),
                "kind", kind.word());
    }

    /** A site's archetype must still give readable front matter once filled in; the problem points at the archetype. */
    private static boolean frontMatterReads(String archetypePath, String filled, Problems problems) {
        Problems found = new Problems();
        boolean ok = FrontMatterSplitter.split(archetypePath, filled, found)
                .flatMap(split -> YamlReader.readMapping(archetypePath, split.yaml(), split.yamlFirstLine(), found))
                .isPresent() && found.isEmpty();
        found.sorted().forEach(problems::add);
        return ok;
    }

    private static Outcome refuse(String path, String message, String hint) {
        return new Outcome.Refused(List.of(new Problem(path, 1, 1, message, hint)));
    }
}
