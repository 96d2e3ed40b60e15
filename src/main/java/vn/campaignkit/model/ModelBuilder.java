package vn.campaignkit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceContents;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.SourceTree;

/** Turns the scanned source tree into the typed {@link Site}, reporting every problem found on the way. */
public final class ModelBuilder {

    /** How a source file becomes pages; {@code serve} keeps the results so a rebuild re-reads only changed files. */
    public interface FileReader {
        /** The page of a content file; {@code name} says its slug stem and its language. */
        Optional<Page> page(SourceFile file, ContentName name, Problems problems);

        /** The schools of {@code data/schools.csv}, {@code data/schools.xlsx} or {@code data/schools.yaml}. */
        List<School> schools(SourceFile data, Problems problems);

        /** A file of {@code content/print/}. */
        default Optional<Printable> printable(SourceFile file, ContentName name, SiteConfig config, Path root, Problems problems) {
            return PrintableKind.read(file, name, Optional.empty(), config, root, problems);
        }

        /** The interface texts of the languages {@code codes} ({@link MessageFiles#read}). */
        default Map<String, Messages> messages(List<String> codes, SourceTree tree, Problems problems) {
            return MessageFiles.read(codes, tree, problems);
        }
    }

    /**
     * {@code base}, except that the file at {@code path} reads as {@code bytes}: the editor's desk previews text
     * that is not saved yet through the very readers a build uses.
     */
    public static FileReader overlaying(FileReader base, String path, byte[] bytes) {
        return new FileReader() {
            @Override
            public Optional<Page> page(SourceFile file, ContentName name, Problems problems) {
                return file.path().equals(path) ? readPage(file, name, Optional.of(bytes), problems) : base.page(file, name, problems);
            }

            @Override
            public List<School> schools(SourceFile data, Problems problems) {
                return data.path().equals(path) ? readSchools(data, bytes, problems) : base.schools(data, problems);
            }

            @Override
            public Optional<Printable> printable(SourceFile file, ContentName name, SiteConfig config, Path root, Problems problems) {
                return file.path().equals(path) ? PrintableKind.read(file, name, Optional.of(bytes), config, root, problems)
                        : base.printable(file, name, config, root, problems);
            }

            @Override
            public Map<String, Messages> messages(List<String> codes, SourceTree tree, Problems problems) {
                return base.messages(codes, tree, problems);
            }
        };
    }

    /** Reads every file from disk, every time. */
    public static final FileReader FROM_DISK = reading(new SourceContents());

    /** Takes the bytes of content files from {@code contents} when it kept them, else reads the file. */
    public static FileReader reading(SourceContents contents) {
        return new FileReader() {
            @Override
            public Optional<Page> page(SourceFile file, ContentName name, Problems problems) {
                return readPage(file, name, contents.take(file.file()), problems);
            }

            @Override
            public List<School> schools(SourceFile data, Problems problems) {
                if (SchoolListReader.reads(data)) {
                    return SchoolListReader.read(data, problems);
                }
                try {
                    return SchoolYamlReader.read(data.path(), Files.readAllBytes(data.file()), problems);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    private final FileReader reader;

    public ModelBuilder() {
        this(FROM_DISK);
    }

    public ModelBuilder(FileReader reader) {
        this.reader = reader;
    }

    /** The site in its default language (what a one-language site is); the other languages are read and checked too. */
    public Site build(SourceTree tree, SiteConfig config, BuildOptions options, Problems problems) {
        return buildLanguages(tree, config, options, problems).get(0);
    }

    /**
     * One site per declared language, the default first. Translations ({@code x.en.md}) go to their language's site;
     * images and other files of {@code content/}, and the schools of {@code data/}, belong to the default language
     * (the other languages' sites share the images, to link to them).
     */
    public List<Site> buildLanguages(SourceTree tree, SiteConfig config, BuildOptions options, Problems problems) {
        List<SiteConfig> configs = config.allLanguages();
        List<String> codes = configs.stream().map(SiteConfig::language).toList();
        Map<String, Messages> messages = reader.messages(codes, tree, problems);
        List<String> others = codes.subList(1, codes.size());
        Map<String, List<SourceFile>> byLanguage = new LinkedHashMap<>();
        codes.forEach(c -> byLanguage.put(c, new ArrayList<>()));
        Map<SourceFile, ContentName> names = new IdentityHashMap<>();
        List<ContentAsset> assets = new ArrayList<>();
        for (SourceFile f : tree.content()) {
            if (!f.extension().equals("md")) {
                ContentAsset.of(f, problems).ifPresent(assets::add);
                continue;
            }
            ContentName name = ContentName.of(f, others);
            names.put(f, name);
            byLanguage.get(name.isTranslation() ? name.languageCode() : codes.get(0)).add(f);
        }
        List<Site> sites = new ArrayList<>();
        for (int i = 0; i < configs.size(); i++) {
            SiteConfig c = configs.get(i);
            Language language = language(c, i == 0 ? "" : c.language() + "/", messages.get(c.language()), problems);
            sites.add(buildOne(byLanguage.get(c.language()), names, i == 0 ? tree.data() : List.of(), List.copyOf(assets), c,
                    language, tree, options, problems));
        }
        return List.copyOf(sites);
    }

    private static Language language(SiteConfig c, String prefix, Messages messages, Problems problems) {
        try {
            return Language.of(c.language(), prefix, messages, c.dateFormat());
        } catch (IllegalArgumentException e) {
            problems.add(MessageFiles.FOLDER + c.language() + ".yaml", 0, 0, "dates.format \"" + messages.text("dates.format")
                    + "\" is not a date pattern", "write it with d, M and y, e.g. \"dd/MM/yyyy\" or \"d MMMM yyyy\"");
            return Language.of(c.language(), prefix, messages, "dd/MM/uuuu");
        }
    }

    private Site buildOne(List<SourceFile> content, Map<SourceFile, ContentName> names, List<SourceFile> data,
                          List<ContentAsset> assets, SiteConfig config, Language language, SourceTree tree,
                          BuildOptions options, Problems problems) {
        List<Printable> printables = content.parallelStream()
                .filter(PrintableKind::holds)
                .map(f -> reader.printable(f, names.get(f), config, tree.root(), problems))
                .flatMap(Optional::stream)
                .filter(p -> options.drafts() || !p.draft())
                .sorted(Comparator.comparingInt((Printable p) -> -p.weight()).thenComparing(Printable::path))
                .toList();
        List<Page> pages = content.parallelStream()
                .filter(f -> !PrintableKind.holds(f))
                .map(f -> reader.page(f, names.get(f), problems))
                .flatMap(Optional::stream)
                .filter(p -> options.drafts() || !p.info().draft())
                .toList();
        for (SourceFile f : data) {
            if (SchoolListReader.reads(f) || f.path().equals("data/schools.yaml") || f.path().equals("data/schools.yml")) {
                pages = concat(pages, reader.schools(f, problems));
            } else if (f.fileName().startsWith("schools.") && List.of("xls", "ods", "numbers").contains(f.extension())) {
                problems.add(f.path(), 0, 0, "school lists are read from .xlsx workbooks, not ." + f.extension(),
                        "save it as data/schools.xlsx (in Excel: File → Save As → Excel Workbook; in LibreOffice: Save As → Excel 2007-365)");
            } else if (!f.extension().equals("md")) {
                problems.add(f.path(), 0, 0, "unknown data file", "data/ holds schools.csv, schools.xlsx or schools.yaml");
            }
        }
        Optional<Home> home = pages.stream().filter(Home.class::isInstance).map(Home.class::cast).findFirst();
        List<Tip> tips = of(pages, Tip.class, Comparator.comparingInt((Tip t) -> -t.weight()).thenComparing(Tip::title));
        List<Contest> contests = of(pages, Contest.class, Comparator.comparing(Contest::deadline).thenComparing(Contest::title));
        Map<Page, String> foldedTitles = new IdentityHashMap<>();
        pages.stream().filter(School.class::isInstance).forEach(s -> foldedTitles.put(s, SlugRules.fold(s.title())));
        List<School> schools = of(pages, School.class, Comparator.comparing((School s) -> s.provinceSlug())
                .thenComparing(foldedTitles::get).thenComparing(s -> s.info().slug()));
        List<Post> posts = of(pages, Post.class, Comparator.comparing(Post::date).reversed().thenComparing(Post::title));
        List<PlainPage> plain = of(pages, PlainPage.class, Comparator.comparing(p -> p.info().slug()));
        List<Frame> frames = of(pages, Frame.class, Comparator.comparing(fr -> fr.info().slug().value()));
        List<HashtagPage> hashtagFiles = of(pages, HashtagPage.class, Comparator.comparing(h -> h.info().slug()));
        List<HashtagPage> hashtags = HashtagAssembler.assemble(config, hashtagFiles, pages, language.routePrefix(), problems);
        return new Site(config, home, tips, hashtags, contests, schools, provinces(schools, problems), posts, plain, frames,
                assets, printables,
                of(pages, Quiz.class, Comparator.comparing(q -> q.info().slug())),
                of(pages, Scenario.class, Comparator.comparing(q -> q.info().slug())), language);
    }

    /** A school list whose bytes are given (a CSV or YAML list not saved yet); a workbook is read from its file. */
    private static List<School> readSchools(SourceFile data, byte[] bytes, Problems problems) {
        return SchoolListReader.reads(data) ? SchoolListReader.read(data, Optional.of(bytes), problems)
                : SchoolYamlReader.read(data.path(), bytes, problems);
    }

    private static Optional<Page> readPage(SourceFile file, ContentName name, Optional<byte[]> alreadyRead, Problems problems) {
        String below = name.originalBelowContent(file);
        String stem = name.stem();
        if (below.equals("index.md")) {
            return ContentFile.read(file, alreadyRead, problems).map(c -> c.under(name.routePrefix())).flatMap(PageReaders::home);
        }
        int slash = below.indexOf('/');
        Optional<ContentKind> kind = slash < 0 ? Optional.empty() : ContentKind.ofFolder(below.substring(0, slash));
        if (kind.isEmpty()) {
            problems.add(file.path(), 1, 1, "this file is not in a known content folder",
                    "put it in one of " + ContentKind.folderList());
            return Optional.empty();
        }
        if (kind.get() != ContentKind.SCHOOLS && below.indexOf('/', slash + 1) >= 0) {
            problems.add(file.path(), 1, 1, "sub-folders are only allowed in content/schools/", "move the file up into content/" + kind.get().folder() + "/");
            return Optional.empty();
        }
        if (kind.get() == ContentKind.SCHOOLS && name.isTranslation()) {
            problems.add(file.path(), 1, 1, "school pages are published in the site's default language only",
                    "write the school's page in " + file.fileName().replace("." + name.languageCode() + ".md", ".md") + " alone");
            return Optional.empty();
        }
        return ContentFile.read(file, alreadyRead, problems).map(c -> c.under(name.routePrefix()))
                .flatMap(c -> PageReaders.read(kind.get(), c, stem));
    }

    private static List<Province> provinces(List<School> schools, Problems problems) {
        Map<String, List<School>> bySlug = new TreeMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (School s : schools) {
            String slug = s.provinceSlug().value();
            String earlier = names.putIfAbsent(slug, s.province());
            if (earlier != null && !earlier.equals(s.province())) {
                problems.add(s.info().source(), s.info().sourceLine(), 1, "province \"" + s.province() + "\" is written \""
                        + earlier + "\" elsewhere", "write the province name the same way everywhere");
            }
            bySlug.computeIfAbsent(slug, k -> new ArrayList<>()).add(s);
        }
        List<Province> result = new ArrayList<>();
        bySlug.forEach((slug, list) -> result.add(new Province(names.get(slug), new Slug(slug), List.copyOf(list))));
        result.sort(Comparator.comparing(p -> SlugRules.fold(p.name())));
        return List.copyOf(result);
    }

    private static <T extends Page> List<T> of(List<Page> pages, Class<T> type, Comparator<T> order) {
        return pages.stream().filter(type::isInstance).map(type::cast).sorted(order).toList();
    }

    private static List<Page> concat(List<Page> a, List<? extends Page> b) {
        List<Page> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
