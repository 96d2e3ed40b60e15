package vn.campaignkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.schema.FieldSpec;

/** Reads the keys every page accepts: title, slug, draft, summary, image, image_alt, tags, extra. */
final class PageInfoReader {
    static final Set<String> COMMON_KEYS = ContentSchema.COMMON.stream().map(FieldSpec::key).collect(Collectors.toUnmodifiableSet());
    private static final Pattern TAG = Pattern.compile("[\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*");

    private PageInfoReader() {
    }

    /** The slug from {@code slug:} (checked, never rewritten) or from the file name. */
    static Optional<Slug> slug(Fields f, String fileStem) {
        Optional<String> explicit = f.text("slug");
        if (explicit.isPresent()) {
            Optional<String> unsafe = SlugRules.unsafeReason(explicit.get());
            if (unsafe.isPresent()) {
                f.problemAt("slug", "slug \"" + explicit.get() + "\" " + unsafe.get(),
                        "a slug is one URL segment such as 'meo-an-toan'");
                return Optional.empty();
            }
            Optional<Slug> s = SlugRules.slugify(explicit.get());
            if (s.isEmpty()) {
                f.problemAt("slug", "slug \"" + explicit.get() + "\" has no letters or digits", "use letters a–z, digits and '-'");
            } else if (SlugRules.tooLong(s.get())) {
                f.problemAt("slug", "the slug is " + s.get().value().length() + " characters long; a slug has at most "
                        + SlugRules.MAX_LENGTH, "people read and share the address: a few words are enough, e.g. 'slug: "
                        + SlugRules.shortened(s.get()) + "'");
                return Optional.empty();
            }
            return s;
        }
        Optional<Slug> s = SlugRules.slugify(fileStem);
        if (s.isEmpty()) {
            f.problems().add(f.path(), 1, 1, "the file name gives no URL", "rename the file with letters or digits, or add 'slug:'");
        } else if (SlugRules.tooLong(s.get())) {
            f.problems().add(f.path(), 1, 1, "the file name gives an address of " + s.get().value().length()
                    + " characters; a slug has at most " + SlugRules.MAX_LENGTH, "rename the file with fewer words, or add e.g. 'slug: "
                    + SlugRules.shortened(s.get()) + "'");
            return Optional.empty();
        }
        return s;
    }

    static List<String> tags(Fields f) {
        List<String> tags = new ArrayList<>();
        List<String> raw = f.texts("tags");
        for (int i = 0; i < raw.size(); i++) {
            String t = raw.get(i);
            if (t.startsWith("#")) {
                int[] at = f.itemPosition("tags", i);
                f.problems().add(f.path(), at[0], at[1], "tag \"" + t + "\" starts with '#'", "write tags without '#': " + t.substring(1));
            } else if (!TAG.matcher(t).matches()) {
                int[] at = f.itemPosition("tags", i);
                f.problems().add(f.path(), at[0], at[1], "tag \"" + t + "\" may only contain letters, digits, '_' and '-'", "");
            } else if (SlugRules.slugify(t).filter(SlugRules::tooLong).isPresent()) {
                int[] at = f.itemPosition("tags", i);
                f.problems().add(f.path(), at[0], at[1], "tag \"" + t + "\" is too long for the address of its hashtag page",
                        "a tag has at most " + SlugRules.MAX_LENGTH + " letters and digits");
            } else {
                tags.add(t);
            }
        }
        return List.copyOf(tags);
    }

    static Optional<PageImage> image(Fields f) {
        Optional<String> image = f.text("image");
        if (image.isEmpty()) {
            if (f.has("image_alt")) {
                f.problemAt("image_alt", "'image_alt' without 'image'", "add 'image:' or remove 'image_alt:'");
            }
            return Optional.empty();
        }
        Optional<String> alt = f.text("image_alt");
        if (alt.isEmpty()) {
            f.problemAt("image", "the image has no 'image_alt'", "describe the image in a few words for people who cannot see it");
        }
        Optional<String> out = SitePaths.resolve(f.path(), image.get());
        if (image.get().contains(":") || out.isEmpty()) {
            f.problemAt("image", "image \"" + image.get() + "\" is not a file of the site", "put it in assets/ and write /assets/…");
            return Optional.empty();
        }
        return Optional.of(new PageImage(out.get(), alt.orElse(""), f.valueLine("image"), f.valueCol("image")));
    }

    /**
     * Reads the common keys of a page that cannot be built (no title, a bad date…) only for their problems,
     * so one run reports every mistake of the file, not just the first that stopped it.
     */
    static void reportProblemsOnly(Fields f) {
        f.text("summary");
        tags(f);
        f.bool("draft");
        image(f);
        f.freeForm("extra");
    }

    static PageInfo read(Fields f, ContentFile file, Slug slug, Route route, String title) {
        return new PageInfo(file.source().path(), 1, slug, route.under(file.routePrefix()), title, f.text("summary"), tags(f),
                f.bool("draft").orElse(false), image(f), file.body(), f.freeForm("extra"));
    }
}
