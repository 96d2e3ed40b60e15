package vn.campaignkit.serve;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import vn.campaignkit.model.Frame;
import vn.campaignkit.model.HashtagPage;
import vn.campaignkit.model.MessageFiles;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.Tag;
import vn.campaignkit.model.Tip;
import vn.campaignkit.render.PageJob;
import vn.campaignkit.render.ViewFactory;

/**
 * Which pages an in-place edit may change, and which must be rendered again whatever their view says.
 * A page is a candidate when its source changed, when its own view lists a changed page whose card,
 * tags or order changed (tips of the same category show each other; a hashtag page shows the pages
 * with its tag; list and province pages show many; school and frame pages list downloads), and it is forced when a template it uses changed
 * or it reads a {@code site} value that changed. Candidates are rendered only if their view changed.
 * These rules follow what {@code SiteRenderer} puts in each kind's view; the incremental build's
 * tests compare every rebuild with a full build to keep them honest.
 */
record AffectedPages(Set<String> candidates, Set<String> forced) {

    static AffectedPages of(List<PageJob> jobs, Site before, Site after, ViewFactory views, Set<String> changedSources,
                            Set<String> changedTemplates, Set<String> changedSiteValues, TemplateReads templates) {
        Set<String> categories = new HashSet<>();
        Set<String> tagKeys = new HashSet<>();
        Map<String, Page> old = new HashMap<>();
        for (Page page : before.allPages()) {
            if (changedSources.contains(page.info().source())) {
                old.put(page.route().sitePath(), page);
            }
        }
        for (Page page : after.allPages()) {
            if (changedSources.contains(page.info().source())) {
                Page was = old.get(page.route().sitePath());
                if (was == null || listedDifferently(was, page, views)) {
                    for (Page version : was == null ? List.of(page) : List.of(was, page)) {
                        version.info().tags().forEach(tag -> tagKeys.add(Tag.keyOf(tag)));
                        if (version instanceof Tip tip) {
                            categories.add(tip.category().orElse(""));
                        }
                    }
                }
            }
        }
        boolean downloadsChanged = changedSiteValues.contains("downloads");
        Map<String, Boolean> forcedTemplates = new HashMap<>();
        Set<String> candidates = new TreeSet<>();
        Set<String> forced = new TreeSet<>();
        for (PageJob job : jobs) {
            String path = job.outputPath();
            if (forcedTemplates.computeIfAbsent(job.template(), template -> templates.readsAny(template, changedSiteValues)
                    || templates.files(template).stream().anyMatch(changedTemplates::contains))) {
                forced.add(path);
                candidates.add(path);
                continue;
            }
            Page page = job.page().orElse(null);
            if (page == null || changedSources.contains(job.source())
                    || (page instanceof Tip tip && categories.contains(tip.category().orElse("")))
                    || (page instanceof HashtagPage hashtag && tagKeys.contains(hashtag.tag().key()))
                    || ((page instanceof School || page instanceof Frame) && downloadsChanged)) {
                candidates.add(path);
            }
        }
        return new AffectedPages(candidates, forced);
    }

    /** Every page, rendered again whatever its view says: its language's interface texts changed. */
    static AffectedPages all(List<PageJob> jobs) {
        Set<String> paths = jobs.stream().map(PageJob::outputPath).collect(Collectors.toCollection(TreeSet::new));
        return new AffectedPages(paths, paths);
    }

    /** True when lists that show the page would show it differently: its card, its tags or its place changed. */
    private static boolean listedDifferently(Page was, Page now, ViewFactory views) {
        if (!views.card(was).equals(views.card(now)) || !was.info().tags().equals(now.info().tags())) {
            return true;
        }
        return was instanceof Tip a && now instanceof Tip b
                && (a.weight() != b.weight() || !Objects.equals(a.category(), b.category()));
    }

    /** Templates named below {@code templates/} in a set of changed site paths (message files are texts, not templates). */
    static Set<String> templates(Set<String> changedPaths) {
        return changedPaths.stream().filter(p -> p.startsWith("templates/") && !p.startsWith(MessageFiles.FOLDER))
                .map(p -> p.substring("templates/".length())).collect(Collectors.toCollection(TreeSet::new));
    }
}
