package vn.campaignkit.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.check.ImageCheck;
import vn.campaignkit.check.LinkChecker;
import vn.campaignkit.check.OutputClaims;
import vn.campaignkit.model.Contest;
import vn.campaignkit.model.Frame;
import vn.campaignkit.model.HashtagPage;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.Quiz;
import vn.campaignkit.model.Scenario;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.Tip;
import vn.campaignkit.model.UrlRules;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.MarkdownConverter;

/** Renders every planned page in parallel: Markdown through the link checker, then the page's template. */
public final class SiteRenderer {
    private static final long STACK = 16L * 1024 * 1024;
    private final Site site;
    private final TemplateEngine engine;
    private final ViewFactory views;
    private final SiteView siteView;
    private final OutputClaims claims;
    private final ImageCheck images;
    private final Map<String, String> assetVersions;
    private final BuildView build;
    private final Problems problems;
    private final Map<String, String> markdownToRoute = new HashMap<>();
    private final CampaignWindow campaign;
    private final PageIndex index;
    private final TemplateEngine.Fragments fragments = new TemplateEngine.Fragments();
    private final Translations translations;
    private PageReuse reuse;

    /** What templates see as {@code build}. */
    public record BuildView(String todayIso, String todayText, String generator, String csp) {
    }

    public SiteRenderer(Site site, TemplateEngine engine, ViewFactory views, SiteView siteView, OutputClaims claims,
                        ImageCheck images, Map<String, String> assetVersions, LocalDate today, Problems problems) {
        this(site, engine, views, siteView, claims, images, assetVersions, today, problems, Translations.only(site));
    }

    /** A renderer for one language of a site, whose pages in every language are {@code translations}. */
    public SiteRenderer(Site site, TemplateEngine engine, ViewFactory views, SiteView siteView, OutputClaims claims,
                        ImageCheck images, Map<String, String> assetVersions, LocalDate today, Problems problems,
                        Translations translations) {
        this.translations = translations;
        this.site = site;
        this.engine = engine;
        this.views = views;
        this.siteView = siteView;
        this.claims = claims;
        this.images = images;
        this.assetVersions = assetVersions;
        this.problems = problems;
        this.index = new PageIndex(site, siteView.downloads());
        this.build = new BuildView(today.toString(), site.language().date(today), "Campaign Kit", Csp.POLICY);
        this.campaign = CampaignWindow.of(site.config(), today, site.language());
        for (Page p : site.allPages()) {
            String source = p.info().source();
            if (source.startsWith("content/")) {
                // a translation answers to its own name and to its original's: tips/x.en.md and tips/x.md
                markdownToRoute.put(source.substring("content/".length()), p.route().sitePath());
                markdownToRoute.put(site.language().originalOf(source).substring("content/".length()), p.route().sitePath());
            }
        }
    }

    /**
     * Lets this language's pages link, in Markdown, to the pages of {@code defaultLanguage} that have no translation
     * here ({@code tips/x.md} goes to {@code en/tips/x/} when it is translated, else to {@code tips/x/}).
     */
    public SiteRenderer linkingUntranslatedTo(Site defaultLanguage) {
        for (Page p : defaultLanguage.allPages()) {
            String source = p.info().source();
            if (source.startsWith("content/")) {
                markdownToRoute.putIfAbsent(source.substring("content/".length()), p.route().sitePath());
            }
        }
        return this;
    }

    /**
     * Reuses the last build's file of every page whose template would see what it saw then ({@link PageReuse});
     * {@code inputs} identifies the templates and the generator.
     */
    public SiteRenderer reusing(PageReuse.Previous previous, String inputs) {
        String common = String.join("\n", inputs, build.toString(), campaign.toString(), site.language().routePrefix(),
                String.valueOf(site.language().messages().sections()), new java.util.TreeMap<>(assetVersions).toString());
        this.reuse = new PageReuse(previous, common, siteView);
        return this;
    }

    /** The fingerprints of the pages rendered or reused (empty unless {@link #reusing}). */
    public Map<String, String> pageFingerprints() {
        return reuse == null ? Map.of() : reuse.fingerprints();
    }

    /** How many pages were reused instead of rendered. */
    public int reusedPages() {
        return reuse == null ? 0 : reuse.reused();
    }

    /** Renders all jobs with {@code threads} workers (big stacks, so deeply nested Markdown cannot crash). */
    public void renderAll(List<PageJob> jobs, OutputSink sink, int threads) {
        renderAll(jobs, sink, threads, () -> { });
    }

    /** The same, running {@code afterEach} when a page is written (the build's progress). */
    public void renderAll(List<PageJob> jobs, OutputSink sink, int threads, Runnable afterEach) {
        ParallelTasks.forEach(jobs, threads, "render", STACK, job -> {
            render(job, sink);
            afterEach.run();
        });
    }

    private void render(PageJob job, OutputSink sink) {
        PageView view = view(job);
        if (reuse == null) {
            write(job, view, sink);
            return;
        }
        Linker linker = linker(job);
        Translations.LanguageView lang = translations.view(job, site.language());
        String material = String.join("\n", job.template(), job.outputPath(), linker.fromFolder(), linker.base(),
                linker.languagePrefix(), view.toString(), lang.toString());
        Optional<java.nio.file.Path> same = reuse.reusable(job.outputPath(), material);
        if (same.isPresent()) {
            sink.copy(job.outputPath(), same.get());
            return;
        }
        TrackedSite tracked = engine.tracked(siteView);
        if (write(job, view, sink, linker, lang, tracked)) {
            reuse.rendered(job.outputPath(), material, tracked.read());
        }
    }

    /** What the job's template sees as {@code page}, its Markdown body converted and link-checked. */
    public PageView view(PageJob job) {
        return view(job, job.page().map(this::bodyHtml).orElse(""));
    }

    /** The same, with a body already converted (by an earlier build, when the source has not changed). */
    public PageView view(PageJob job, String body) {
        Object detail = job.page().map(this::detail).orElse(job.detail());
        String canonical = site.config().absolute(job.folder()).orElse("");
        Optional<Page> page = job.page();
        return new PageView(job.kind(), job.title(), job.summary(), job.folder(), body,
                page.map(views::tags).orElse(List.of()), page.map(views::dateText).orElse(""),
                page.map(ViewFactory::dateIso).orElse(""),
                page.flatMap(p -> p.info().image()).map(i -> i.outputPath()).orElse(""),
                page.flatMap(p -> p.info().image()).map(i -> i.alt()).orElse(""), canonical, job.source(),
                page.map(p -> p.info().extra()).orElse(Map.of()), detail);
    }

    /** Renders the job's template with this view into the sink; a template mistake becomes a problem. */
    public void write(PageJob job, PageView view, OutputSink sink) {
        write(job, view, sink, linker(job), translations.view(job, site.language()), siteView);
    }

    private Linker linker(PageJob job) {
        Linker linker = job.fileName().equals("404.html") && !siteView.baseUrl().isEmpty()
                ? new Linker("", assetVersions).absoluteFrom(siteView.baseUrl())
                : new Linker(job.folder(), assetVersions);
        return linker.inLanguage(site.language().routePrefix());
    }

    /** True when the page was written (false: a template problem was reported). */
    private boolean write(PageJob job, PageView view, OutputSink sink, Linker linker, Translations.LanguageView lang, Object site) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", site);
        model.put("page", view);
        model.put("build", build);
        model.put("link", linker);
        model.put("campaign", campaign);
        model.put("fragment", fragments);
        model.put("msg", this.site.language().messages().sections());
        model.put("fill", MessageFill.INSTANCE);
        model.put("lang", lang);
        Optional<String> html = engine.render(job.template(), model, problems);
        html.ifPresent(h -> sink.write(job.outputPath(), h.getBytes(StandardCharsets.UTF_8)));
        return html.isPresent();
    }

    private String bodyHtml(Page page) {
        if (page.info().body().isBlank()) {
            return "";
        }
        LinkChecker links = new LinkChecker(page, claims, markdownToRoute,
                tag -> site.hashtag(tag).map(h -> h.route().sitePath()), images, problems);
        return MarkdownConverter.toHtml(page.info().source(), page.info().body().markdown(), page.info().body().firstLine(),
                links, problems);
    }

    private Object detail(Page page) {
        if (page instanceof Tip t) {
            List<Card> related = index.related(t, 3).stream().map(views::card).toList();
            return new Details.TipDetail(views.card(t).audiences(), t.category().orElse(""), t.weight(), related);
        }
        if (page instanceof Contest c) {
            return new Details.ContestDetail(ContestState.of(c, LocalDate.parse(build.todayIso()), site.language()),
                    c.registerUrl().map(u -> siteLink(c, u, c.registerUrlLine(), c.registerUrlCol())).orElse(""), c.categories(), c.ages().orElse(""), c.prizes(),
                    c.judging().orElse(""), c.route().sitePath() + c.info().slug().value() + ".ics");
        }
        if (page instanceof School s) {
            return new Details.SchoolDetail(s.province(), s.route().sitePath().substring(0, s.route().sitePath().length()
                    - s.info().slug().value().length() - 1), s.district().orElse(""), s.level().orElse(""),
                    s.address().orElse(""), s.website().orElse(""), s.fanpage().orElse(""), s.localHotline().orElse(""),
                    s.sample(), index.downloads("school:" + s.route().sitePath()));
        }
        if (page instanceof Quiz q) {
            return PlayViews.quiz(q);
        }
        if (page instanceof Scenario sc) {
            return PlayViews.scenario(sc);
        }
        if (page instanceof HashtagPage h) {
            String caption = h.caption().orElseGet(() -> defaultCaption(h));
            List<Card> tagged = index.tagged(h.tag().key()).stream().map(views::card).toList();
            return new Details.HashtagDetail(h.tag().hashtag(), caption, h.official(), tagged);
        }
        if (page instanceof Frame f) {
            String folder = f.route().sitePath();
            String caption = f.design().caption().orElseGet(() -> siteCaption());
            List<SiteView.Download> files = siteView.downloads().stream()
                    .filter(d -> d.section().equals("frames") && d.path().startsWith(folder)).toList();
            // the square sizes come together (frames/FrameFormat); the editor shows the smallest, a plain image
            String view = f.design().formats().isEmpty() || f.design().formats().contains("square")
                    ? folder + f.info().slug().value() + "-720.png" : "";
            return new Details.FrameDetail(caption, site.language().messages().fill("frame.export_name", "slug", f.info().slug().value()),
                    view, files);
        }
        return null;
    }

    /** The site's name, tagline and hashtags: the caption of frames that do not set their own. */
    private String siteCaption() {
        String tagline = site.config().tagline().isEmpty() ? "" : " – " + site.config().tagline();
        return (site.config().title() + tagline + "\n" + String.join(" ", site.config().hashtags())).strip();
    }

    /** Site paths in front matter (register_url: /tai-nguyen/) are checked and made relative. */
    private String siteLink(Page page, String url, int line, int col) {
        if (UrlRules.classify(url) == UrlRules.Kind.EXTERNAL) {
            return url;
        }
        LinkChecker links = new LinkChecker(page, claims, markdownToRoute, tag -> Optional.empty(), images, problems);
        return links.link(url, line, col);
    }

    private String defaultCaption(HashtagPage h) {
        StringBuilder sb = new StringBuilder(site.config().title());
        if (!site.config().tagline().isEmpty()) {
            sb.append(" – ").append(site.config().tagline());
        }
        sb.append("\n");
        if (!site.config().hashtags().contains(h.tag().hashtag())) {
            sb.append(h.tag().hashtag()).append(' ');
        }
        sb.append(String.join(" ", site.config().hashtags()));
        return sb.toString().strip();
    }
}
