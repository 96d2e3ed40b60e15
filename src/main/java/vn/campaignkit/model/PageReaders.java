package vn.campaignkit.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.schema.FieldSpec;

/** One reader per content kind: checks the kind's keys and builds its record. */
final class PageReaders {
    private PageReaders() {
    }

    static final Set<String> HOME_KEYS = ContentSchema.HOME.keys();
    static final Set<String> TIP_KEYS = ContentSchema.TIP.keys();
    static final Set<String> HASHTAG_KEYS = ContentSchema.HASHTAG_PAGE.keys();
    static final Set<String> CONTEST_KEYS = ContentSchema.CONTEST.keys();
    static final Set<String> SCHOOL_KEYS = ContentSchema.SCHOOL.keys();
    static final Set<String> POST_KEYS = ContentSchema.POST.keys();
    static final Set<String> PAGE_KEYS = ContentSchema.PAGE.keys();
    static final Set<String> FRAME_KEYS = ContentSchema.FRAME.keys();
    private static final FieldSpec TIP_WEIGHT = ContentSchema.TIP.fieldOf("weight");

    static Optional<Page> read(ContentKind kind, ContentFile file, String stem) {
        Optional<Page> page = readKind(kind, file, stem);
        if (page.isEmpty()) {
            PageInfoReader.reportProblemsOnly(file.fields());
        }
        return page;
    }

    private static Optional<Page> readKind(ContentKind kind, ContentFile file, String stem) {
        Fields f = file.fields();
        return switch (kind) {
            case TIPS -> tip(file, f, stem);
            case HASHTAGS -> hashtag(file, f, stem);
            case CONTESTS -> contest(file, f, stem);
            case SCHOOLS -> school(file, f, stem);
            case POSTS -> post(file, f, stem);
            case PAGES -> plain(file, f, stem);
            case FRAMES -> frame(file, f, stem);
            case PRINT -> throw new IllegalArgumentException("printables are read by PrintableKind, not as pages");
            case QUIZZES -> QuizReader.read(file, f, stem);
            case SCENARIOS -> ScenarioReader.read(file, f, stem);
        };
    }

    static Optional<Page> home(ContentFile file) {
        Fields f = file.fields();
        f.rejectUnknownKeys(HOME_KEYS, "the home page");
        Optional<String> title = f.requiredText("title");
        if (title.isEmpty()) {
            PageInfoReader.reportProblemsOnly(f);
        }
        return title.map(t -> new Home(PageInfoReader.read(f, file, new Slug("home"), Route.HOME, t)));
    }

    private static Optional<Page> tip(ContentFile file, Fields f, String stem) {
        f.rejectUnknownKeys(TIP_KEYS, "a tip");
        Optional<String> title = f.requiredText("title");
        Optional<Slug> slug = PageInfoReader.slug(f, stem);
        Optional<LocalDate> date = f.date("date");
        List<String> audiences = f.texts("audience");
        for (int i = 0; i < audiences.size(); i++) {
            if (!Tip.AUDIENCES.contains(audiences.get(i).toLowerCase(java.util.Locale.ROOT))) {
                int[] at = f.itemPosition("audience", i);
                f.problems().add(f.path(), at[0], at[1], "audience \"" + audiences.get(i) + "\" is not known",
                        "use one or more of: " + String.join(", ", Tip.AUDIENCES));
            }
        }
        int weight = f.integer("weight", TIP_WEIGHT.min(), TIP_WEIGHT.max()).orElse(Integer.parseInt(TIP_WEIGHT.defaultValue()));
        if (title.isEmpty() || slug.isEmpty()) {
            return Optional.empty();
        }
        List<String> normalised = audiences.stream().map(a -> a.toLowerCase(java.util.Locale.ROOT))
                .filter(Tip.AUDIENCES::contains).distinct().toList();
        return Optional.of(new Tip(PageInfoReader.read(f, file, slug.get(), Route.of("tips", slug.get().value()), title.get()),
                date, normalised, f.text("category"), weight));
    }

    private static Optional<Page> hashtag(ContentFile file, Fields f, String stem) {
        f.rejectUnknownKeys(HASHTAG_KEYS, "a hashtag page");
        Optional<String> title = f.requiredText("title");
        Optional<String> hashtag = f.requiredText("hashtag");
        Optional<Slug> slug = PageInfoReader.slug(f, stem);
        if (hashtag.isPresent() && !hashtag.get().matches("#[\\p{L}\\p{N}_]+")) {
            f.problemAt("hashtag", "hashtag \"" + hashtag.get() + "\" should be '#' and one word", "write it in quotes: \"#khongmotminh\"");
            return Optional.empty();
        }
        if (title.isEmpty() || hashtag.isEmpty() || slug.isEmpty()) {
            return Optional.empty();
        }
        String name = hashtag.get().substring(1);
        Optional<Slug> tagSlug = SlugRules.slugify(name);
        if (tagSlug.isEmpty()) {
            f.problemAt("hashtag", "hashtag \"" + hashtag.get() + "\" gives no URL", "use letters or digits");
            return Optional.empty();
        }
        Tag tag = new Tag(name, Tag.keyOf(name), tagSlug.get());
        return Optional.of(new HashtagPage(PageInfoReader.read(f, file, slug.get(), Route.of("hashtags", slug.get().value()), title.get()),
                tag, f.text("caption"), false));
    }

    private static Optional<Page> contest(ContentFile file, Fields f, String stem) {
        f.rejectUnknownKeys(CONTEST_KEYS, "a contest");
        Optional<String> title = f.requiredText("title");
        Optional<Slug> slug = PageInfoReader.slug(f, stem);
        Optional<LocalDate> start = f.requiredDate("start");
        Optional<LocalDate> deadline = f.requiredDate("deadline");
        Optional<String> register = f.text("register_url").filter(u -> UrlRules.checkField(f, "register_url", u));
        if (start.isPresent() && deadline.isPresent() && deadline.get().isBefore(start.get())) {
            f.problemAt("deadline", "the deadline " + deadline.get() + " is before the start " + start.get(), "check both dates");
            return Optional.empty();
        }
        if (title.isEmpty() || slug.isEmpty() || start.isEmpty() || deadline.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Contest(PageInfoReader.read(f, file, slug.get(), Route.of("contests", slug.get().value()), title.get()),
                start.get(), deadline.get(), register, f.texts("categories"), f.text("ages"), f.texts("prizes"), f.text("judging"),
                f.valueLine("register_url"), f.valueCol("register_url")));
    }

    private static Optional<Page> school(ContentFile file, Fields f, String stem) {
        f.rejectUnknownKeys(SCHOOL_KEYS, "a school");
        Optional<String> title = f.requiredText("title");
        Optional<String> province = f.requiredText("province");
        Optional<Slug> slug = PageInfoReader.slug(f, stem);
        Optional<Slug> provinceSlug = province.flatMap(SlugRules::slugify);
        if (province.isPresent() && provinceSlug.isEmpty()) {
            f.problemAt("province", "province \"" + province.get() + "\" gives no URL", "");
        } else if (provinceSlug.filter(SlugRules::tooLong).isPresent()) {
            f.problemAt("province", "the province name is too long for an address", "write only the province's name, e.g. 'Hà Nội'");
            provinceSlug = Optional.empty();
        }
        Optional<String> website = f.text("website").filter(u -> UrlRules.checkWebAddress(f, "website", u));
        Optional<String> fanpage = f.text("fanpage").filter(u -> UrlRules.checkWebAddress(f, "fanpage", u));
        boolean sample = f.bool("sample").orElse(false);
        if (title.isEmpty() || slug.isEmpty() || provinceSlug.isEmpty()) {
            return Optional.empty();
        }
        Route route = Route.of("schools", provinceSlug.get().value(), slug.get().value());
        return Optional.of(new School(PageInfoReader.read(f, file, slug.get(), route, title.get()), province.get(),
                provinceSlug.get(), f.text("district"), f.text("level"), f.text("address"), website, fanpage,
                f.text("local_hotline"), sample));
    }

    private static Optional<Page> post(ContentFile file, Fields f, String stem) {
        f.rejectUnknownKeys(POST_KEYS, "a news post");
        Optional<String> title = f.requiredText("title");
        Optional<Slug> slug = PageInfoReader.slug(f, stem);
        Optional<LocalDate> date = f.requiredDate("date");
        if (title.isEmpty() || slug.isEmpty() || date.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Post(PageInfoReader.read(f, file, slug.get(), Route.of("news", slug.get().value()), title.get()), date.get()));
    }

    private static Optional<Page> plain(ContentFile file, Fields f, String stem) {
        f.rejectUnknownKeys(PAGE_KEYS, "a page");
        Optional<String> title = f.requiredText("title");
        Optional<Slug> slug = PageInfoReader.slug(f, stem);
        if (title.isEmpty() || slug.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PlainPage(PageInfoReader.read(f, file, slug.get(), Route.of(slug.get().value()), title.get())));
    }

    private static Optional<Page> frame(ContentFile file, Fields f, String stem) {
        f.rejectUnknownKeys(FRAME_KEYS, "a frame");
        Optional<String> title = f.requiredText("title");
        Optional<Slug> slug = PageInfoReader.slug(f, stem);
        Optional<FrameDesign> design = FrameReader.read(f);
        if (title.isEmpty() || slug.isEmpty() || design.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Frame(PageInfoReader.read(f, file, slug.get(), Route.of("frames", slug.get().value()), title.get()),
                design.get()));
    }
}
