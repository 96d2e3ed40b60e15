package vn.campaignkit.serve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.check.ImageCheck;
import vn.campaignkit.check.OutputClaims;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.model.ModelBuilder;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.Site;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.Card;
import vn.campaignkit.render.LocalisedScripts;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.PagePlanner;
import vn.campaignkit.render.SearchIndexWriter;
import vn.campaignkit.render.SiteRenderer;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.render.TemplateEngine;
import vn.campaignkit.render.ViewFactory;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.SiteConfigReader;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.SourceScanner;
import vn.campaignkit.source.SourceTree;

/**
 * Renders one file's unsaved text as the preview would show it once saved, without writing it: the model is
 * built with that file read from memory (every other file as the preview last read it), and only the pages
 * that file makes are rendered. The preview's own state is not touched.
 */
final class DraftRendering {
    private final BuildOptions options;
    private final Pipeline pipeline;
    private final ModelBuilder.FileReader remembered;
    private final Map<Page, Card> cards;

    DraftRendering(BuildOptions options, Pipeline pipeline, ModelBuilder.FileReader remembered, Map<Page, Card> cards) {
        this.options = options;
        this.pipeline = pipeline;
        this.remembered = remembered;
        this.cards = cards;
    }

    /** {@code base} is the last good preview build, or empty before the first one. */
    DraftPage render(Optional<PreviewState> base, String path, byte[] text) {
        Problems problems = new Problems();
        SourceTree tree = including(base.isPresent() ? base.get().tree() : new SourceScanner().scan(options.source(), problems), path);
        SiteConfig config = base.isPresent() ? base.get().config()
                : new SiteConfigReader().read(tree.siteYaml(), options.baseUrl(), problems);
        Site site = languageOf(path, new ModelBuilder(ModelBuilder.overlaying(remembered, path, text))
                .buildLanguages(tree, config, options, problems));
        AssetCatalog assets = base.isPresent() ? base.get().assets() : AssetCatalog.of(tree);
        ViewFactory views = new ViewFactory(site, options.today(), cards);
        List<PageJob> jobs = PagePlanner.plan(site, views);
        boolean samePages = base.isPresent() && jobs.stream().map(PageJob::outputPath).toList().equals(base.get().pagePaths());
        OutputClaims claims;
        List<SiteView.Download> downloads;
        if (samePages) {
            claims = base.get().claims();
            downloads = base.get().siteView().downloads();
        } else {
            claims = PreviewOutputs.claim(site, assets, jobs, config, problems);
            downloads = pipeline.planDerived(site, assets, problems, options.pagesOnly(), claims).stream()
                    .map(DeriveJob::listing).flatMap(Optional::stream).toList();
        }
        ImageCheck images = new ImageCheck(pipeline.imageProbes(), assets, site.contentAssets());
        Pipeline.checkPageImages(site, claims, images, problems);
        Optional<PageJob> job = jobs.stream().filter(j -> j.source().equals(path) && j.page().isPresent()).findFirst();
        if (job.isEmpty() || !path.startsWith("content/")) {
            return new DraftPage(Optional.empty(), Optional.empty(), problems.sorted());
        }
        SiteView siteView = views.siteView(downloads);
        Map<String, String> versions = base.isPresent() ? base.get().assetVersions()
                : PreviewOutputs.versions(assets, LocalisedScripts.of(assets, List.of(site.language()), problems),
                        SearchIndexWriter.write(site));
        TemplateEngine engine = base.isPresent() ? base.get().engine() : new TemplateEngine(options.source());
        MemorySink sink = new MemorySink();
        SiteRenderer renderer = new SiteRenderer(site, engine, views, siteView, claims, images, versions, options.today(), problems);
        renderer.write(job.get(), renderer.view(job.get()), sink);
        String outputPath = job.get().outputPath();
        return new DraftPage(Optional.of(outputPath), Optional.ofNullable(sink.files().get(outputPath)), problems.sorted());
    }

    /** The site of the language {@code path} is written in ({@code x.en.md}: English), the default when none says so. */
    private static Site languageOf(String path, List<Site> sites) {
        for (Site site : sites.subList(1, sites.size())) {
            if (site.allPages().stream().anyMatch(p -> p.info().source().equals(path))
                    || site.printables().stream().anyMatch(p -> p.path().equals(path))) {
                return site;
            }
        }
        return sites.get(0);
    }

    /** The tree with the file added when the scan has not seen it yet (a file created a moment ago). */
    private SourceTree including(SourceTree tree, String path) {
        SourceFile file = new SourceFile(path, options.source().resolve(path));
        if (path.startsWith("content/") && tree.content().stream().noneMatch(f -> f.path().equals(path))) {
            List<SourceFile> content = new ArrayList<>(tree.content());
            content.add(file);
            return new SourceTree(tree.root(), tree.siteYaml(), List.copyOf(content), tree.data(), tree.templates(), tree.assets());
        }
        if (path.startsWith("data/") && tree.data().stream().noneMatch(f -> f.path().equals(path))) {
            List<SourceFile> data = new ArrayList<>(tree.data());
            data.add(file);
            return new SourceTree(tree.root(), tree.siteYaml(), tree.content(), List.copyOf(data), tree.templates(), tree.assets());
        }
        return tree;
    }
}
