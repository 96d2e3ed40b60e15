package vn.campaignkit.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.check.ImageCheck;
import vn.campaignkit.check.OutputClaims;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.derive.CalendarPlanner;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.DerivePlanner;
import vn.campaignkit.derive.DeriveRunner;
import vn.campaignkit.derive.PreviousOutput;
import vn.campaignkit.derive.frames.FramePlanner;
import vn.campaignkit.derive.social.OpenGraphPlanner;
import vn.campaignkit.derive.social.WallpaperPlanner;
import vn.campaignkit.derive.print.PrintPlanner;
import vn.campaignkit.model.ContentAsset;
import vn.campaignkit.model.ModelBuilder;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.problem.SiteProblemsException;
import vn.campaignkit.render.FeedWriter;
import vn.campaignkit.render.Linker;
import vn.campaignkit.render.LocalisedScripts;
import vn.campaignkit.render.OutputSink;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.SearchIndexWriter;
import vn.campaignkit.render.SiteRenderer;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.render.TemplateEngine;
import vn.campaignkit.render.Translations;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.ImageProbes;
import vn.campaignkit.source.SiteConfigReader;
import vn.campaignkit.source.SourceTree;

/** One build of a site folder into an {@link OutputSink}; fails with every problem found. */
public final class Pipeline {
    public static final String FEED = "news/atom.xml";

    /** What a successful build made; {@code planned} is every derived file planned, made or not. */
    public record Result(Site site, int pages, int assets, DeriveRunner.Report derived, List<DeriveJob> planned,
                         Map<String, String> pageFingerprints, int reusedPages) {
        /** The fingerprints of derived files and pages, for the manifest the next build reuses them by. */
        public Map<String, String> fingerprints() {
            Map<String, String> all = new java.util.TreeMap<>(derived.fingerprints());
            all.putAll(pageFingerprints);
            return all;
        }
    }

    private final List<DerivePlanner> planners;
    private final BuildProgress progress;
    private final ImageProbes imageProbes;
    private final SiteEdition edition;

    public Pipeline(List<DerivePlanner> planners) {
        this(planners, new BuildProgress(), new ImageProbes(), SiteEdition.WHOLE_SITE);
    }

    private Pipeline(List<DerivePlanner> planners, BuildProgress progress, ImageProbes imageProbes, SiteEdition edition) {
        this.planners = List.copyOf(planners);
        this.progress = progress;
        this.imageProbes = imageProbes;
        this.edition = edition;
    }

    /** The same pipeline (and image verdicts) telling {@code progress} how far each build has come. */
    public Pipeline reporting(BuildProgress progress) {
        return new Pipeline(planners, progress, imageProbes, edition);
    }

    /** The same pipeline publishing {@code edition} of the site (a school's own) instead of the whole site. */
    public Pipeline publishing(SiteEdition edition) {
        return new Pipeline(planners, progress, imageProbes, edition);
    }

    /** The standard planners of a build. */
    public static Pipeline standard(BuildOptions options) {
        List<DerivePlanner> planners = new ArrayList<>();
        planners.add(new CalendarPlanner(options.today()));
        planners.add(new FramePlanner());
        planners.add(new WallpaperPlanner());
        planners.add(new OpenGraphPlanner(options.today()));
        planners.add(new PrintPlanner());
        return new Pipeline(planners);
    }

    /** The verdicts on image files, kept from one build of this pipeline to the next (the preview's rebuilds). */
    public ImageProbes imageProbes() {
        return imageProbes;
    }

    /** The derived-file planners of this pipeline, for {@code serve}'s incremental builds. */
    public List<DerivePlanner> planners() {
        return planners;
    }

    public Result run(BuildOptions options, OutputSink sink, PreviousOutput previous) throws SiteProblemsException {
        return run(options, SourceScan.of(options.source()), sink, previous);
    }

    /** A build of a site folder already scanned (by the input fingerprint, so the folder is walked once). */
    public Result run(BuildOptions options, SourceScan scan, OutputSink sink, PreviousOutput previous)
            throws SiteProblemsException {
        return run(options, scan, sink, previous, true);
    }

    /**
     * Everything a build validates, for {@code check}: the pages are rendered into {@code sink} (templates and
     * links are checked there), the derived files only laid out ({@link DeriveJob#check}), never drawn or encoded.
     */
    public Result check(BuildOptions options, OutputSink sink) throws SiteProblemsException {
        return run(options, SourceScan.of(options.source()), sink, PreviousOutput.NONE, false);
    }

    private Result run(BuildOptions options, SourceScan scan, OutputSink output, PreviousOutput previous, boolean renderDerived)
            throws SiteProblemsException {
        Problems problems = new Problems();
        scan.problems().forEach(problems::add);
        SourceTree tree = scan.tree();
        SiteConfig config = new SiteConfigReader().read(tree.siteYaml(), options.baseUrl(), problems);
        List<Site> wholes = new ModelBuilder(ModelBuilder.reading(scan.contents())).buildLanguages(tree, config, options, problems);
        Site whole = wholes.get(0);
        Site site = edition.select(whole);
        // a school's own edition is the default language's; the other languages are published with the whole site
        List<Site> sites = new ArrayList<>(List.of(site));
        if (edition.publishedAtBaseUrl()) {
            sites.addAll(wholes.subList(1, wholes.size()));
        }
        scan.contents().clear();
        Timings.mark("model");
        AssetCatalog assets = AssetCatalog.of(tree);
        LocalisedScripts scripts = LocalisedScripts.of(assets, sites.stream().map(Site::language).toList(), problems);
        Timings.mark("assets");

        OutputClaims claims = new OutputClaims(problems);
        OutputSink sink = withinBudget(output, claims);
        Translations translations = new Translations();
        List<LanguagePages> languages = new ArrayList<>();
        for (Site s : sites) {
            LanguagePages pages = LanguagePages.plan(s, site, options.today(), claims);
            translations.add(s.language(), s.config(), pages.jobs());
            languages.add(pages);
        }
        for (AssetCatalog.Asset a : assets.all().values()) {
            if (a.published()) {
                claims.claim(a.outputPath(), a.file().map(f -> a.outputPath()).orElse("(built-in asset)"), 0);
            }
        }
        for (ContentAsset a : site.contentAssets()) {
            claims.claim(a.outputPath(), a.source(), 0);
        }
        scripts.claim(claims);
        Map<String, String> versions = new java.util.TreeMap<>(assets.versions());
        versions.putAll(scripts.versions());
        for (LanguagePages l : languages) {
            claims.claim(l.feedPath(), "(built-in news feed)", 0);
            claims.claim(l.searchIndexPath(), "(built-in search index)", 0);
            if (l.unversionedSearchIndex()) {
                claims.claim(Linker.versionFileOf(l.searchIndexPath()), "(built-in search index)", 0);
                versions.put(l.searchIndexPath(), Linker.UNVERSIONED);
            } else {
                versions.put(l.searchIndexPath(), l.searchIndexVersion());
            }
        }
        Timings.mark("plan pages + claims");
        boolean sitemap = config.baseUrl().isPresent() && edition.publishedAtBaseUrl();
        if (sitemap) {
            claims.claim("sitemap.xml", "(built-in sitemap)", 0);
            claims.claim("robots.txt", "(built-in robots.txt)", 0);
        }
        ImageCheck images = new ImageCheck(imageProbes, assets, site.contentAssets());
        List<DeriveJob> derived = new ArrayList<>();
        for (LanguagePages l : languages) {
            List<DeriveJob> own = planDerived(l.site(), assets, problems, options.pagesOnly(), claims);
            l.downloads(edition.downloads(own.stream().map(DeriveJob::listing).flatMap(Optional::stream).toList()));
            derived.addAll(own);
            checkPageImages(l.site(), claims, images, problems);
        }
        Timings.mark("plan derived");

        TemplateEngine engine = new TemplateEngine(options.source());
        progress.start(BuildProgress.Step.PAGES, languages.stream().mapToInt(l -> l.jobs().size()).sum());
        Map<String, String> pageFingerprints = new java.util.TreeMap<>();
        int reusedPages = 0;
        String templates = renderDerived ? templatesFingerprint(tree) : "";
        for (LanguagePages l : languages) {
            SiteView siteView = l.views().siteView(l.downloads(), edition.view(whole, l.site()));
            SiteRenderer renderer = new SiteRenderer(l.site(), engine, l.views(), siteView, claims, images, versions, options.today(),
                    problems, translations).linkingUntranslatedTo(site);
            if (renderDerived) {
                renderer.reusing(previous, templates);
            }
            renderer.renderAll(l.jobs(), sink, options.threads(), progress::advance);
            pageFingerprints.putAll(renderer.pageFingerprints());
            reusedPages += renderer.reusedPages();
        }
        Timings.mark("render pages");
        for (LanguagePages l : languages) {
            sink.write(l.searchIndexPath(), l.searchIndex());
            if (l.unversionedSearchIndex()) {
                sink.write(Linker.versionFileOf(l.searchIndexPath()), SearchIndexWriter.versionScript(l.searchIndexVersion()));
            }
            sink.write(l.feedPath(), l.feed(options.today()));
        }
        config.baseUrl().filter(base -> sitemap).ifPresent(base -> {
            if (translations.multilingual()) {
                sink.write("sitemap.xml", FeedWriter.sitemap(base, translations.codes(), translations.all()));
            } else {
                List<String> paths = languages.get(0).jobs().stream().filter(j -> !j.fileName().equals("404.html"))
                        .map(PageJob::folder).sorted().toList();
                sink.write("sitemap.xml", FeedWriter.sitemap(base, paths));
            }
            sink.write("robots.txt", FeedWriter.robots(base));
        });
        PublishedAssets.copy(assets, site.contentAssets(), path -> !scripts.localises(path), images, sink, problems);
        scripts.write(sink);
        Timings.mark("feeds + assets");
        DeriveRunner.Report report;
        if (renderDerived) {
            problems.throwIfAny();
            if (!derived.isEmpty()) {
                progress.start(BuildProgress.Step.DERIVED, derived.size());
            }
            report = new DeriveRunner().run(derived, sink, previous, problems, options.threads(), progress::advance);
            Timings.mark("derive");
        } else {
            // checking costs little, so check reports the derived files' problems together with the others
            report = new DeriveRunner().check(derived, problems, options.threads());
            Timings.mark("check derived");
        }
        problems.throwIfAny();
        return new Result(site, languages.stream().mapToInt(l -> l.jobs().size()).sum(), assets.all().size(), report,
                List.copyOf(derived), Map.copyOf(pageFingerprints), reusedPages);
    }

    /** The generator and every template file of the site: what a page's bytes depend on besides its model. */
    private static String templatesFingerprint(SourceTree tree) {
        List<byte[]> parts = new ArrayList<>();
        parts.add(InputFingerprint.generator().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (vn.campaignkit.source.SourceFile f : tree.templates()) {
            parts.add(f.path().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            try {
                parts.add(java.nio.file.Files.readAllBytes(f.file()));
            } catch (java.io.IOException e) {
                return "unreadable-" + System.nanoTime();
            }
        }
        return vn.campaignkit.derive.Fingerprints.of(parts.toArray(byte[][]::new));
    }

    /**
     * Plans the derived files of one language's site with every planner in order (another language's under its
     * folder, {@code en/}), claiming their output paths when {@code claimsOrNull} is given. Planners see the jobs
     * planned so far.
     */
    public List<DeriveJob> planDerived(Site site, AssetCatalog assets, Problems problems, boolean pagesOnly,
                                       OutputClaims claimsOrNull) {
        List<DeriveJob> derived = new ArrayList<>();
        boolean clashesSoFar = !problems.isEmpty();
        java.util.Set<String> derivedPaths = new java.util.HashSet<>();
        for (DerivePlanner planner : planners) {
            if (pagesOnly && !planner.partOfPagesOnly()) {
                continue;
            }
            for (DeriveJob job : planner.plan(site, assets, problems, derived)) {
                if (pagesOnly && !job.outputPath().endsWith(".ics")) {
                    continue;
                }
                // two pages that clash (already reported) would also plan the same image: report the cause once
                if (!derivedPaths.add(job.outputPath()) && clashesSoFar) {
                    continue;
                }
                if (claimsOrNull != null) {
                    claimsOrNull.claim(job.outputPath(), "(derived file)", 0);
                }
                derived.add(job);
            }
        }
        return derived;
    }

    /** Every page image ({@code image:}) must be a file of the site that a browser can show. */
    public static void checkPageImages(Site site, OutputClaims claims, ImageCheck images, Problems problems) {
        for (Page p : site.allPages()) {
            p.info().image().ifPresent(img -> {
                if (!claims.contains(img.outputPath())) {
                    problems.add(p.info().source(), img.line(), img.col(), "image \"" + img.outputPath() + "\" does not exist",
                            "put the image in assets/ and write /assets/…");
                } else {
                    images.check(img.outputPath(), p.info().source(), img.line(), img.col(), problems);
                }
            });
        }
    }

    /** The sink without the files whose paths are over budget (already reported): they could not be written anyway. */
    private static OutputSink withinBudget(OutputSink sink, OutputClaims claims) {
        return new OutputSink() {
            @Override
            public void write(String outputPath, byte[] bytes) {
                if (!claims.overBudget(outputPath)) {
                    sink.write(outputPath, bytes);
                }
            }

            @Override
            public void copy(String outputPath, java.nio.file.Path from) {
                if (!claims.overBudget(outputPath)) {
                    sink.copy(outputPath, from);
                }
            }
        };
    }
}
