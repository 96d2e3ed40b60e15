package vn.campaignkit.derive;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.Contest;
import vn.campaignkit.model.Language;
import vn.campaignkit.model.Messages;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.CalendarWriter;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.source.AssetCatalog;

/** One {@code .ics} per contest and one for the campaign period. */
public final class CalendarPlanner implements DerivePlanner {
    private final LocalDate stamp;

    public CalendarPlanner(LocalDate stamp) {
        this.stamp = stamp;
    }

    @Override
    public boolean partOfPagesOnly() {
        return true;
    }

    @Override
    public List<DeriveJob> plan(Site site, AssetCatalog assets, Problems problems) {
        SiteConfig config = site.config();
        String host = config.baseUrl().map(u -> u.replaceFirst("https?://", "").replaceAll("/.*", "")).orElse("campaignkit.local");
        List<DeriveJob> jobs = new ArrayList<>();
        Language language = site.language();
        Messages m = language.messages();
        for (Contest c : site.contests()) {
            String path = c.route().sitePath() + c.info().slug().value() + ".ics";
            String url = config.absolute(c.route().sitePath()).orElse("");
            var event = new CalendarWriter.Event("contest-" + c.info().slug()
                    + (language.isDefault() ? "" : "-" + language.code()) + "@" + host, c.title(),
                    c.info().summary().map(s -> s + "\n").orElse("") + m.fill("calendar.deadline", "date", language.date(c.deadline())), c.start(),
                    c.deadline(), url);
            byte[] bytes = CalendarWriter.calendar(c.title(), List.of(event), stamp);
            jobs.add(new BytesJob(path, bytes, new SiteView.Download("calendar", m.fill("calendar.contest", "title", c.title()), path, "",
                    size(bytes), m.text("calendar.contest_note"))));
        }
        if (config.campaignStart().isPresent() && config.campaignEnd().isPresent()) {
            String url = config.absolute(language.routePrefix()).orElse("");
            String path = language.routePrefix() + "campaign.ics";
            String title = config.title() + (config.tagline().isEmpty() ? "" : " – " + config.tagline());
            String uid = language.isDefault() ? "campaign@" + host : "campaign-" + language.code() + "@" + host;
            var event = new CalendarWriter.Event(uid, title, config.campaignNote(), config.campaignStart().get(),
                    config.campaignEnd().get(), url);
            byte[] bytes = CalendarWriter.calendar(title, List.of(event), stamp);
            jobs.add(new BytesJob(path, bytes, new SiteView.Download("calendar", m.text("calendar.campaign"), path, "",
                    size(bytes), m.text("calendar.campaign_note"))));
        }
        return jobs;
    }

    static String size(byte[] bytes) {
        return bytes.length < 1024 ? bytes.length + " B" : (bytes.length + 512) / 1024 + " KB";
    }

    /** A file whose bytes are already known at planning time. */
    record BytesJob(String outputPath, byte[] bytes, SiteView.Download download) implements DeriveJob {
        @Override
        public String fingerprint() {
            return Fingerprints.of(bytes);
        }

        @Override
        public byte[] render(Problems problems) {
            return bytes;
        }

        @Override
        public void check(Problems problems) {
            // nothing to report: a calendar has nothing to lay out
        }

        @Override
        public Optional<SiteView.Download> listing() {
            return Optional.of(download);
        }
    }

}
