package vn.campaignkit.serve;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import vn.campaignkit.render.FeedWriter;
import vn.campaignkit.render.LocalisedScripts;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.PagePlanner;
import vn.campaignkit.render.PageView;
import vn.campaignkit.render.SearchIndexWriter;
import vn.campaignkit.render.SiteRenderer;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.render.TemplateEngine;
import vn.campaignkit.render.ViewFactory;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.ImageFormat;
import vn.campaignkit.source.SiteConfigReader;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.SourceScanner;
import vn.campaignkit.source.SourceTree;

/**
 * The pipeline's stages run for the preview, redoing only what changed. Editing a file in place
 * re-reads that file, rebuilds the model from the other files' remembered pages, and renders again
 * only the pages whose view changed, that use a changed template, or that read a changed
 * {@code site} value; an edited asset is copied. Derived files are planned with every build and
 * made when first requested (see {@link DeferredFiles}). Anything else — {@code site.yaml}, a file added or
 * removed, a page set that changed, lost watch events — runs every stage for every file. Output
 * equals {@link Pipeline#run}'s, except that the cache-busting {@code ?v=} of an asset or of the
 * search index stays as it was at the last full build (the preview sends no-store, so browsers
 * fetch the new file anyway): otherwise every page would change with every title edit.
 */
public final class IncrementalSiteBuild implements SiteBuild {
    /** File names that are images even when their bytes are not (yet): a broken image must be checked again. */
    private static final List<String> IMAGE_NAMES = List.of(".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg");
    private final BuildOptions options;
    private final Pipeline pipeline;
    private final DerivedFileCache derived;
    private final ParsedFiles parsed = new ParsedFiles();
    private final Map<Page, Card> cards = Collections.synchronizedMap(new IdentityHashMap<>());
    private final PageRendering rendering;
    private final EveryLanguagePreview everyLanguage;
    private volatile PreviewState last;
    private ChangeSet pending;

    public IncrementalSiteBuild(BuildOptions options, DerivedFileCache derived) {
        this.options = options;
        this.pipeline = Pipeline.standard(options);
        this.derived = derived;
        this.rendering = new PageRendering(options.threads());
        this.everyLanguage = new EveryLanguagePreview(options, pipeline, derived);
    }

    /** The model of the last good build (the editor's desk lists its pages), empty before the first one. */
    public Optional<Site> lastSite() {
        PreviewState state = last;
        return state == null ? everyLanguage.lastSite() : Optional.of(state.site());
    }

    /**
     * The page {@code path} makes with {@code text} in place of what is on disk, with the site's problems, as
     * the next build would make it; nothing is kept and nothing is written.
     */
    public synchronized DraftPage draft(String path, byte[] text) {
        return new DraftRendering(options, pipeline, parsed, cards).render(Optional.ofNullable(last), path, text);
    }

    @Override
    public synchronized BuildResult build(ChangeSet changes) {
        if (EveryLanguagePreview.declared(options)) {
            last = null;
            pending = null;
            parsed.forgetAll();
            return everyLanguage.build();
        }
        pending = pending == null ? changes : pending.plus(changes);
        ChangeSet todo = pending;
        boolean full = needsEverything(todo);
        if (full) {
            parsed.forgetAll();
        } else {
            parsed.forget(todo.paths());
        }
        boolean onlyMarkdown = todo.paths().stream().allMatch(p -> p.startsWith("content/") && p.endsWith(".md"));
        Optional<Map<Page, Page>> swaps = full || !onlyMarkdown ? Optional.empty()
                : BodyOnlyEdits.swaps(last.site(), last.tree().content(), todo.paths(), parsed, options.drafts());
        if (swaps.isPresent()) {
            Optional<BuildResult> quick = bodyEdit(swaps.get(), todo);
            if (quick.isPresent()) {
                return quick.get();
            }
        }
        return rebuild(full, todo);
    }

    /** Every stage over the remembered (or, when {@code full}, freshly read) files; pages rendered as needed. */
    private BuildResult rebuild(boolean full, ChangeSet todo) {
        Problems problems = new Problems();
        Path root = options.source();
        SourceTree tree = full ? new SourceScanner().scan(root, problems) : last.tree();
        SiteConfig config = full ? new SiteConfigReader().read(tree.siteYaml(), options.baseUrl(), problems) : last.config();
        Site site = new ModelBuilder(parsed).build(tree, config, options, problems);
        AssetCatalog assets = full ? AssetCatalog.of(tree) : last.assets();
        byte[] searchIndex = SearchIndexWriter.write(site);
        LocalisedScripts scripts = LocalisedScripts.of(assets, List.of(site.language()), problems);
        Map<String, String> versions = full ? PreviewOutputs.versions(assets, scripts, searchIndex) : last.assetVersions();
        Set<String> changedTemplates = AffectedPages.templates(todo.paths());
        boolean freshTemplates = full || !changedTemplates.isEmpty();
        TemplateEngine engine = freshTemplates ? new TemplateEngine(root) : last.engine();
        TemplateReads templates = freshTemplates ? new TemplateReads(root) : last.templates();
        forgetOldCards(site);
        ViewFactory views = new ViewFactory(site, options.today(), cards);
        List<PageJob> jobs = PagePlanner.plan(site, views);
        List<String> pagePaths = jobs.stream().map(PageJob::outputPath).toList();
        boolean samePages = !full && pagePaths.equals(last.pagePaths());
        OutputClaims claims = samePages ? last.claims() : PreviewOutputs.claim(site, assets, jobs, config, problems);
        List<DeriveJob> derivedJobs = derivedJobs(site, assets, samePages ? null : claims, problems);
        ImageCheck images = new ImageCheck(pipeline.imageProbes(), assets, site.contentAssets());
        Pipeline.checkPageImages(site, claims, images, problems);
        SiteView siteView = views.siteView(derivedJobs.stream().map(DeriveJob::listing).flatMap(Optional::stream).toList());
        SiteRenderer renderer = new SiteRenderer(site, engine, views, siteView, claims, images, versions, options.today(), problems);

        Map<String, byte[]> files = new ConcurrentHashMap<>(full ? Map.of() : last.files());
        MemorySink sink = new MemorySink(files);
        Map<String, PageView> pageViews;
        if (samePages) {
            AffectedPages affected = AffectedPages.of(jobs, last.site(), site, views, todo.paths(), changedTemplates,
                    SiteViewDiff.changed(last.siteView(), siteView), templates);
            pageViews = rendering.some(renderer, jobs, affected, todo.paths(), last.views(), sink);
        } else {
            files.keySet().removeIf(path -> !claims.contains(path));
            pageViews = rendering.all(renderer, jobs, sink);
            config.baseUrl().ifPresent(base -> PreviewOutputs.sitemap(base, jobs, sink));
        }
        sink.write(SearchIndexWriter.PATH, searchIndex);
        sink.write(Pipeline.FEED, FeedWriter.atom(config, site.posts(), Pipeline.FEED, options.today()));
        PreviewOutputs.copyAssets(full, todo.paths(), assets, scripts, site, images, sink, problems);
        PreviewState next = new PreviewState(tree, config, site, assets, versions, engine, templates, jobs, pagePaths, claims,
                pageViews, siteView, DeferredFiles.NONE, Map.of());
        return finish(next, new DeferredFiles(derivedJobs, full ? null : last.deferred(), derived), files, problems);
    }

    /**
     * Only Markdown bodies changed: swap the pages into the last model and render just them. No derived
     * file reads the body of a tip, post or plain page, so the planned derived files stay as they are.
     */
    private Optional<BuildResult> bodyEdit(Map<Page, Page> swaps, ChangeSet todo) {
        Problems problems = new Problems();
        Site site = BodyOnlyEdits.swapped(last.site(), swaps);
        ViewFactory views = new ViewFactory(site, options.today(), cards);
        List<PageJob> jobs = new ArrayList<>(last.jobs().size());
        List<PageJob> edited = new ArrayList<>();
        for (PageJob job : last.jobs()) {
            Page swap = job.page().map(swaps::get).orElse(null);
            PageJob now = swap == null ? job : PageJob.of(swap);
            jobs.add(now);
            if (swap != null) {
                edited.add(now);
            }
        }
        ImageCheck images = new ImageCheck(pipeline.imageProbes(), last.assets(), site.contentAssets());
        SiteRenderer renderer = new SiteRenderer(site, last.engine(), views, last.siteView(), last.claims(), images,
                last.assetVersions(), options.today(), problems);
        Map<String, byte[]> files = new ConcurrentHashMap<>(last.files());
        MemorySink sink = new MemorySink(files);
        Map<String, PageView> pageViews = new HashMap<>(last.views());
        for (PageJob job : edited) {
            PageView view = renderer.view(job);
            if (!view.equals(pageViews.put(job.outputPath(), view))) {
                renderer.write(job, view, sink);
            }
        }
        sink.write(Pipeline.FEED, FeedWriter.atom(last.config(), site.posts(), Pipeline.FEED, options.today()));
        PreviewState next = new PreviewState(last.tree(), last.config(), site, last.assets(), last.assetVersions(),
                last.engine(), last.templates(), jobs, last.pagePaths(), last.claims(), pageViews, last.siteView(),
                DeferredFiles.NONE, Map.of());
        return Optional.of(finish(next, last.deferred(), files, problems));
    }

    /** The snapshot, with derived files planned (made on request); nothing is kept when there are problems. */
    private BuildResult finish(PreviewState next, DeferredFiles deferred, Map<String, byte[]> files, Problems problems) {
        if (!problems.isEmpty()) {
            return new BuildResult.Failed(problems.sorted());
        }
        SiteSnapshot snapshot = new SiteSnapshot(files, deferred);
        last = new PreviewState(next.tree(), next.config(), next.site(), next.assets(), next.assetVersions(), next.engine(),
                next.templates(), next.jobs(), next.pagePaths(), next.claims(), next.views(), next.siteView(), deferred,
                snapshot.files());
        pending = null;
        return new BuildResult.Built(snapshot);
    }

    /** The derived files planned as {@link Pipeline#run} plans them, claimed unless the claims are reused. */
    private List<DeriveJob> derivedJobs(Site site, AssetCatalog assets, OutputClaims claimsOrNull, Problems problems) {
        return pipeline.planDerived(site, assets, problems, options.pagesOnly(), claimsOrNull);
    }

    /** Cards are remembered per page object; pages no longer in the site are dropped now and then. */
    private void forgetOldCards(Site site) {
        if (cards.size() > 2 * site.allPages().size() + 1000) {
            Set<Page> current = Collections.newSetFromMap(new IdentityHashMap<>());
            current.addAll(site.allPages());
            cards.keySet().retainAll(current);
        }
    }

    /** True unless every change is an in-place edit of a file the last good build already knew. */
    private boolean needsEverything(ChangeSet changes) {
        if (last == null || changes.everything()) {
            return true;
        }
        Set<String> known = new HashSet<>();
        SourceTree tree = last.tree();
        for (List<SourceFile> files : List.of(tree.content(), tree.data(), tree.assets())) {
            files.forEach(f -> known.add(f.path()));
        }
        for (String path : changes.paths()) {
            if (path.equals("site.yaml")) {
                return true;
            }
            if (path.startsWith("templates/")) {
                continue;
            }
            boolean exists = Files.isRegularFile(options.source().resolve(path), LinkOption.NOFOLLOW_LINKS);
            if (exists != known.contains(path) || (exists && isImage(path))) {
                return true; // an edited image is checked again at every page that shows it
            }
        }
        return false;
    }

    private boolean isImage(String path) {
        if (path.endsWith(".md") || !(path.startsWith("content/") || path.startsWith("assets/"))) {
            return false;
        }
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (IMAGE_NAMES.stream().anyMatch(lower::endsWith)) {
            return true;
        }
        try (java.io.InputStream in = Files.newInputStream(options.source().resolve(path))) {
            return ImageFormat.sniff(in.readNBytes(4096)).isPresent();
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
