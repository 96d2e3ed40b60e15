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
import vn.campaignkit.render.SearchIndexWriter;
import vn.campaignkit.render.SiteRenderer;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.render.TemplateEngine;
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
        List<Site> sites = new ModelBuilder(ModelBuilder.overlaying(remembered, path, text)).buildLanguages(tree, config, options, problems);
        int index = PreviewLanguages.languageOf(path, sites);
        AssetCatalog assets = base.isPresent() ? base.get().assets() : AssetCatalog.of(tree);
        LocalisedScripts scripts = base.isPresent() ? base.get().scripts()
                : LocalisedScripts.of(assets, sites.stream().map(Site::language).toList(), problems);
        PreviewLanguages languages = PreviewLanguages.plan(sites, options.today(), cards);
        PreviewLanguages.Planned language = languages.get(index);
        Site site = language.site();
        boolean samePages = base.isPresent() && languages.pagePaths().equals(base.get().pagePaths());
        OutputClaims claims;
        List<SiteView.Download> downloads = List.of();
        if (samePages) {
            claims = base.get().claims();
            downloads = base.get().languages().get(index).siteView().downloads();
        } else {
            claims = PreviewOutputs.claim(languages, assets, scripts, config, problems);
            for (PreviewLanguages.Planned other : languages.languages()) {
                List<SiteView.Download> own = pipeline.planDerived(other.site(), assets, problems, options.pagesOnly(), claims).stream()
                        .map(DeriveJob::listing).flatMap(Optional::stream).toList();
                downloads = other == language ? own : downloads;
            }
        }
        ImageCheck images = new ImageCheck(pipeline.imageProbes(), assets, sites.get(0).contentAssets());
        Pipeline.checkPageImages(site, claims, images, problems);
        Optional<PageJob> job = language.jobs().stream().filter(j -> j.source().equals(path) && j.page().isPresent()).findFirst();
        if (job.isEmpty() || !path.startsWith("content/")) {
            return new DraftPage(Optional.empty(), Optional.empty(), problems.sorted());
        }
        SiteView siteView = language.views().siteView(downloads);
        Map<String, String> versions = base.isPresent() ? base.get().assetVersions()
                : PreviewOutputs.versions(assets, scripts,
                        Map.of(language.searchIndexPath(), SearchIndexWriter.write(site)));
        TemplateEngine engine = base.isPresent() ? base.get().engine() : new TemplateEngine(options.source());
        MemorySink sink = new MemorySink();
        SiteRenderer renderer = new SiteRenderer(site, engine, language.views(), siteView, claims, images, versions, options.today(),
                problems, languages.translations()).linkingUntranslatedTo(sites.get(0));
        renderer.write(job.get(), renderer.view(job.get()), sink);
        String outputPath = job.get().outputPath();
        return new DraftPage(Optional.of(outputPath), Optional.ofNullable(sink.files().get(outputPath)), problems.sorted());
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
