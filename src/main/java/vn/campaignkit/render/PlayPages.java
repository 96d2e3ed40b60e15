package vn.campaignkit.render;

import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.Messages;
import vn.campaignkit.model.Quiz;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.print.PrintFormat;

/** The pages around quizzes, role-play scenarios and the pledge wall: list pages and printable quizzes. */
public final class PlayPages {
    private PlayPages() {
    }

    /**
     * The pledge page's poster links: downloads in section "print" whose file name starts with one of
     * {@code posterNames} ("/slug-") are the printable pledge-wall posters.
     */
    public record PledgeDetail(List<String> posterNames) {
    }

    static void plan(Site site, ViewFactory views, List<PageJob> jobs) {
        Messages m = site.language().messages();
        String in = site.language().routePrefix();
        jobs.add(PageJob.list(in + "quizzes/", "quizzes", m.text("pages.quizzes_title"), m.text("pages.quizzes_summary"),
                new Details.ListDetail(views.cards(site.quizzes()))));
        for (Quiz q : site.quizzes()) {
            jobs.add(new PageJob(PlayViews.printPath(q), "index.html", "quiz-print", "quiz-print",
                    m.fill("pages.quiz_print_title", "title", q.title()), q.info().summary().orElse(""), q.info().source(),
                    q.info().sourceLine(), Optional.empty(), PlayViews.quiz(q)));
        }
        jobs.add(PageJob.list(in + "scenarios/", "scenarios", m.text("pages.scenarios_title"), m.text("pages.scenarios_summary"),
                new Details.ListDetail(views.cards(site.scenarios()))));
        if (!site.config().pledge().isBlank()) {
            List<String> posters = site.printables().stream().filter(p -> p.format() == PrintFormat.PLEDGE_WALL)
                    .map(p -> "/" + p.slug() + "-").toList();
            jobs.add(PageJob.list(in + "pledge/", "pledge", m.text("pages.pledge_title"), m.text("pages.pledge_summary"),
                    new PledgeDetail(posters)));
        }
    }
}
