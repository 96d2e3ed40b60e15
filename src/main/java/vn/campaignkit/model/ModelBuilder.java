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
        Optional<Page> page(SourceFile file, Problems problems);

        /** The schools of {@code data/schools.csv}, {@code data/schools.xlsx} or {@code data/schools.yaml}. */
        List<School> schools(SourceFile data, Problems problems);

        /** A file of {@code content/print/}. */
        default Optional<Printable> printable(SourceFile file, SiteConfig config, Path root, Problems problems) {
            return PrintableKind.read(file, Optional.empty(), config, root, problems);
        }
    }

    /**
     * {@code base}, except that the file at {@code path} reads as {@code bytes}: the editor's desk previews text
     * that is not saved yet through the very readers a build uses.
     */
    public static FileReader overlaying(FileReader base, String path, byte[] bytes) {
        return new FileReader() {
            @Override
            public Optional<Page> page(SourceFile file, Problems problems) {
                return file.path().equals(path) ? readPage(file, Optional.of(bytes), problems) : base.page(file, problems);
            }

            @Override
            public List<School> schools(SourceFile data, Problems problems) {
                return data.path().equals(path) ? readSchools(data, bytes, problems) : base.schools(data, problems);
            }

            @Override
            public Optional<Printable> printable(SourceFile file, SiteConfig config, Path root, Problems problems) {
                return file.path().equals(path) ? PrintableKind.read(file, Optional.of(bytes), config, root, problems)
                        : base.printable(file, config, root, problems);
            }
        };
    }

    /** Reads every file from disk, every time. */
    public static final FileReader FROM_DISK = reading(new SourceContents());

    /** Takes the bytes of content files from {@code contents} when it kept them, else reads the file. */
    public static FileReader reading(SourceContents contents) {
        return new FileReader() {
            @Override
            public Optional<Page> page(SourceFile file, Problems problems) {
                return readPage(file, contents.take(file.file()), problems);
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

    public Site build(SourceTree tree, SiteConfig config, BuildOptions options, Problems problems) {
        List<Printable> printables = tree.content().parallelStream()
                .filter(f -> f.extension().equals("md") && PrintableKind.holds(f))
                .map(f -> reader.printable(f, config, tree.root(), problems))
                .flatMap(Optional::stream)
                .filter(p -> options.drafts() || !p.draft())
                .sorted(Comparator.comparingInt((Printable p) -> -p.weight()).thenComparing(Printable::path))
                .toList();
        List<Page> pages = tree.content().parallelStream()
                .filter(f -> f.extension().equals("md") && !PrintableKind.holds(f))
                .map(f -> reader.page(f, problems))
                .flatMap(Optional::stream)
                .filter(p -> options.drafts() || !p.info().draft())
                .toList();
        List<ContentAsset> assets = new ArrayList<>();
        for (SourceFile f : tree.content()) {
            if (!f.extension().equals("md")) {
                ContentAsset.of(f, problems).ifPresent(assets::add);
            }
        }
        for (SourceFile f : tree.data()) {
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
        List<HashtagPage> hashtags = HashtagAssembler.assemble(config, hashtagFiles, pages, problems);
        return new Site(config, home, tips, hashtags, contests, schools, provinces(schools, problems), posts, plain, frames,
                List.copyOf(assets), printables,
                of(pages, Quiz.class, Comparator.comparing(q -> q.info().slug())),
                of(pages, Scenario.class, Comparator.comparing(q -> q.info().slug())));
    }

    /** A school list whose bytes are given (a CSV or YAML list not saved yet); a workbook is read from its file. */
    private static List<School> readSchools(SourceFile data, byte[] bytes, Problems problems) {
        return SchoolListReader.reads(data) ? SchoolListReader.read(data, Optional.of(bytes), problems)
                : SchoolYamlReader.read(data.path(), bytes, problems);
    }

    private static Optional<Page> readPage(SourceFile file, Optional<byte[]> alreadyRead, Problems problems) {
        String below = file.pathBelow("content");
        String stem = file.fileName().substring(0, file.fileName().length() - 3);
        if (below.equals("index.md")) {
            return ContentFile.read(file, alreadyRead, problems).flatMap(PageReaders::home);
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
        return ContentFile.read(file, alreadyRead, problems).flatMap(c -> PageReaders.read(kind.get(), c, stem));
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
