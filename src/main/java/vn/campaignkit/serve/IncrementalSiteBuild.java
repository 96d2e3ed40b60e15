package vn.campaignkit.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
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
import vn.campaignkit.model.ContentName;
import vn.campaignkit.model.MessageFiles;
import vn.campaignkit.model.ModelBuilder;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.Site;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.Card;
import vn.campaignkit.render.LocalisedScripts;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.PageView;
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
 * The pipeline's stages run for the preview, redoing only what changed, for every language the site is published in
 * (the default language at {@code /}, another under {@code /en/}). Editing a file in place
 * re-reads that file, rebuilds each language's model from the other files' remembered pages, and renders again
 * only the pages whose view changed, that use a changed template, that read a changed
 * {@code site} value, or whose language's interface texts (its message file) changed; an edited asset is copied.
 * Derived files are planned with every build (a language whose model did not change keeps its plan) and made when
 * first requested (see {@link DeferredFiles}).
 * Anything else — {@code site.yaml}, a file added or removed (a translation among them: it changes the alternates
 * and language switchers of both languages), a page set that changed, lost watch events — runs every stage for
 * every file. Output equals {@link Pipeline#run}'s, except that the cache-busting {@code ?v=} of an asset or of a
 * search index stays as it was at the last full build (the preview sends no-store, so browsers
 * fetch the new file anyway): otherwise every page would change with every title edit.
 */
public final class IncrementalSiteBuild implements SiteBuild {
    private final BuildOptions options;
    private final Pipeline pipeline;
    private final DerivedFileCache derived;
    private final ParsedFiles parsed = new ParsedFiles();
    private final Map<Page, Card> cards = Collections.synchronizedMap(new IdentityHashMap<>());
    private final PageRendering rendering;
    private volatile PreviewState last;
    private ChangeSet pending;

    public IncrementalSiteBuild(BuildOptions options, DerivedFileCache derived) {
        this.options = options;
        this.pipeline = Pipeline.standard(options);
        this.derived = derived;
        this.rendering = new PageRendering(options.threads());
    }

    /** The default language's model of the last good build (the editor's desk lists its pages), empty before the first one. */
    public Optional<Site> lastSite() {
        PreviewState state = last;
        return state == null ? Optional.empty() : Optional.of(state.site());
    }

    /**
     * The model of the last good build in the language {@code path} is written in: English for {@code x.en.md}, the
     * default language for every other file (the desk's link picker offers the pages of that language).
     */
    public Optional<Site> lastSiteOf(String path) {
        PreviewState state = last;
        if (state == null) {
            return Optional.empty();
        }
        List<String> others = state.config().otherLanguages().stream().map(SiteConfig::language).toList();
        ContentName name = ContentName.of(new SourceFile(path, options.source()), others); // only its name is read
        return Optional.of(state.sites().stream().filter(site -> site.language().code().equals(name.languageCode()))
                .findFirst().orElse(state.site()));
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
        pending = pending == null ? changes : pending.plus(changes);
        ChangeSet todo = pending;
        boolean full = last == null || !InPlaceEdits.only(todo, last.tree(), options.source());
        if (full) {
            parsed.forgetAll();
        } else {
            parsed.forget(todo.paths());
        }
        boolean onlyMarkdown = todo.paths().stream().allMatch(p -> p.startsWith("content/") && p.endsWith(".md"));
        Optional<Map<Page, Page>> swaps = full || !onlyMarkdown ? Optional.empty()
                : BodyOnlyEdits.swaps(last.sites(), last.tree().content(), todo.paths(), parsed, options.drafts());
        if (swaps.isPresent()) {
            return bodyEdit(swaps.get());
        }
        return rebuild(full, todo);
    }

    /** Every stage over the remembered (or, when {@code full}, freshly read) files; pages rendered as needed. */
    private BuildResult rebuild(boolean full, ChangeSet todo) {
        Problems problems = new Problems();
        Path root = options.source();
        SourceTree tree = full ? new SourceScanner().scan(root, problems) : last.tree();
        SiteConfig config = full ? new SiteConfigReader().read(tree.siteYaml(), options.baseUrl(), problems) : last.config();
        List<Site> sites = new ModelBuilder(parsed).buildLanguages(tree, config, options, problems);
        Set<String> newTexts = full ? Set.of() : PreviewLanguages.changedTexts(last.sites(), sites);
        if (!newTexts.isEmpty()) {
            cards.clear(); // cards hold dates and names written in the language's texts
        }
        forgetOldCards(sites);
        PreviewLanguages languages = PreviewLanguages.plan(sites, options.today(), cards);
        AssetCatalog assets = full ? AssetCatalog.of(tree) : last.assets();
        Map<String, byte[]> searchIndexes = new LinkedHashMap<>();
        if (full) {
            languages.languages().forEach(l -> searchIndexes.put(l.searchIndexPath(), SearchIndexWriter.write(l.site())));
        }
        // the scripts' copies per language are written again when their texts or the scripts may have changed
        boolean freshScripts = full || todo.paths().stream().anyMatch(p -> p.startsWith("assets/") || p.startsWith(MessageFiles.FOLDER));
        LocalisedScripts scripts = freshScripts ? LocalisedScripts.of(assets, sites.stream().map(Site::language).toList(), problems)
                : last.scripts();
        Map<String, String> versions = full ? PreviewOutputs.versions(assets, scripts, searchIndexes) : last.assetVersions();
        Set<String> changedTemplates = AffectedPages.templates(todo.paths());
        boolean freshTemplates = full || !changedTemplates.isEmpty();
        TemplateEngine engine = freshTemplates ? new TemplateEngine(root) : last.engine();
        TemplateReads templates = freshTemplates ? new TemplateReads(root) : last.templates();
        boolean samePages = !full && languages.pagePaths().equals(last.pagePaths());
        OutputClaims claims = samePages ? last.claims() : PreviewOutputs.claim(languages, assets, scripts, config, problems);
        ImageCheck images = new ImageCheck(pipeline.imageProbes(), assets, sites.get(0).contentAssets());
        // a language whose model did not change keeps its derived files and site view when only texts were edited
        boolean onlyTexts = todo.paths().stream().allMatch(p -> p.startsWith("content/") && p.endsWith(".md") || p.startsWith(MessageFiles.FOLDER));
        List<List<DeriveJob>> derivedJobs = new ArrayList<>();
        List<SiteView> siteViews = new ArrayList<>();
        Set<Integer> unchanged = new HashSet<>();
        for (int i = 0; i < sites.size(); i++) {
            PreviewLanguages.Planned language = languages.get(i);
            PreviewState.Language before = samePages ? last.languages().get(i) : null;
            if (before != null && onlyTexts && PreviewLanguages.sameModel(before.site(), language.site())) {
                derivedJobs.add(before.derived());
                siteViews.add(before.siteView());
                unchanged.add(i);
                continue;
            }
            List<DeriveJob> own = pipeline.planDerived(language.site(), assets, problems, options.pagesOnly(), samePages ? null : claims);
            derivedJobs.add(own);
            Pipeline.checkPageImages(language.site(), claims, images, problems);
            siteViews.add(language.views().siteView(own.stream().map(DeriveJob::listing).flatMap(Optional::stream).toList()));
        }

        Map<String, byte[]> files = new ConcurrentHashMap<>(full ? Map.of() : last.files());
        MemorySink sink = new MemorySink(files);
        if (!samePages) {
            files.keySet().removeIf(path -> !claims.contains(path));
        }
        List<PreviewState.Language> states = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            PreviewLanguages.Planned language = languages.get(i);
            SiteRenderer renderer = new SiteRenderer(language.site(), engine, language.views(), siteViews.get(i), claims, images,
                    versions, options.today(), problems, languages.translations()).linkingUntranslatedTo(sites.get(0));
            Map<String, PageView> pageViews;
            if (samePages) {
                PreviewState.Language before = last.languages().get(i);
                AffectedPages affected = newTexts.contains(language.site().language().code()) ? AffectedPages.all(language.jobs())
                        : AffectedPages.of(language.jobs(), before.site(), language.site(), language.views(), todo.paths(),
                                changedTemplates, SiteViewDiff.changed(before.siteView(), siteViews.get(i)), templates);
                pageViews = rendering.some(renderer, language.jobs(), affected, todo.paths(), before.views(), sink);
            } else {
                pageViews = rendering.all(renderer, language.jobs(), sink);
            }
            states.add(new PreviewState.Language(language.site(), language.jobs(), pageViews, siteViews.get(i), derivedJobs.get(i)));
            if (!unchanged.contains(i)) { // else its search index and feed, made from its model alone, stay as they are
                sink.write(language.searchIndexPath(),
                        searchIndexes.computeIfAbsent(language.searchIndexPath(), path -> SearchIndexWriter.write(language.site())));
                sink.write(language.feedPath(), language.feed(options.today()));
            }
        }
        if (!samePages) {
            config.baseUrl().ifPresent(base -> PreviewOutputs.sitemap(base, languages, sink));
        }
        PreviewOutputs.copyAssets(full, todo.paths(), assets, freshScripts ? Optional.of(scripts) : Optional.empty(), scripts::localises,
                sites.get(0), images, sink, problems);
        PreviewState next = new PreviewState(tree, config, states, languages.translations(), assets, scripts, versions, engine,
                templates, languages.pagePaths(), claims, DeferredFiles.NONE, Map.of());
        List<DeriveJob> planned = derivedJobs.stream().flatMap(List::stream).toList();
        return finish(next, new DeferredFiles(planned, full ? null : last.deferred(), derived), files, problems);
    }

    /**
     * Only Markdown bodies changed: swap the pages into the last model of their language and render just them. No
     * derived file reads the body of a tip, post or plain page, so the planned derived files stay as they are; no
     * other language's page shows the body, so the other languages stay as they are.
     */
    private BuildResult bodyEdit(Map<Page, Page> swaps) {
        Problems problems = new Problems();
        List<Site> sites = last.sites().stream()
                .map(site -> site.allPages().stream().anyMatch(swaps::containsKey) ? BodyOnlyEdits.swapped(site, swaps) : site)
                .toList();
        ImageCheck images = new ImageCheck(pipeline.imageProbes(), last.assets(), sites.get(0).contentAssets());
        Map<String, byte[]> files = new ConcurrentHashMap<>(last.files());
        MemorySink sink = new MemorySink(files);
        List<PreviewState.Language> states = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            PreviewState.Language before = last.languages().get(i);
            Site site = sites.get(i);
            if (site == before.site()) {
                states.add(before);
                continue;
            }
            ViewFactory views = new ViewFactory(site, options.today(), cards);
            List<PageJob> jobs = new ArrayList<>(before.jobs().size());
            List<PageJob> edited = new ArrayList<>();
            for (PageJob job : before.jobs()) {
                Page swap = job.page().map(swaps::get).orElse(null);
                PageJob now = swap == null ? job : PageJob.of(swap);
                jobs.add(now);
                if (swap != null) {
                    edited.add(now);
                }
            }
            SiteRenderer renderer = new SiteRenderer(site, last.engine(), views, before.siteView(), last.claims(), images,
                    last.assetVersions(), options.today(), problems, last.translations()).linkingUntranslatedTo(sites.get(0));
            Map<String, PageView> pageViews = new HashMap<>(before.views());
            for (PageJob job : edited) {
                PageView view = renderer.view(job);
                if (!view.equals(pageViews.put(job.outputPath(), view))) {
                    renderer.write(job, view, sink);
                }
            }
            PreviewLanguages.Planned language = new PreviewLanguages.Planned(site, views, jobs);
            sink.write(language.feedPath(), language.feed(options.today()));
            states.add(new PreviewState.Language(site, jobs, pageViews, before.siteView(), before.derived()));
        }
        PreviewState next = new PreviewState(last.tree(), last.config(), states, last.translations(), last.assets(), last.scripts(),
                last.assetVersions(), last.engine(), last.templates(), last.pagePaths(), last.claims(), DeferredFiles.NONE, Map.of());
        return finish(next, last.deferred(), files, problems);
    }

    /** The snapshot, with derived files planned (made on request); nothing is kept when there are problems. */
    private BuildResult finish(PreviewState next, DeferredFiles deferred, Map<String, byte[]> files, Problems problems) {
        if (!problems.isEmpty()) {
            return new BuildResult.Failed(problems.sorted());
        }
        SiteSnapshot snapshot = new SiteSnapshot(files, deferred);
        last = next.with(deferred, snapshot.files());
        pending = null;
        return new BuildResult.Built(snapshot);
    }

    /** Cards are remembered per page object; pages no longer in the site are dropped now and then. */
    private void forgetOldCards(List<Site> sites) {
        int pages = sites.stream().mapToInt(site -> site.allPages().size()).sum();
        if (cards.size() > 2 * pages + 1000) {
            Set<Page> current = Collections.newSetFromMap(new IdentityHashMap<>());
            sites.forEach(site -> current.addAll(site.allPages()));
            cards.keySet().retainAll(current);
        }
    }
}
