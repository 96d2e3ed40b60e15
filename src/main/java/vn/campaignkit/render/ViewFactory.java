package vn.campaignkit.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.Contest;
import vn.campaignkit.model.HashtagPage;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.Post;
import vn.campaignkit.model.Province;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.SlugRules;
import vn.campaignkit.model.Tip;

/** Builds the template views (cards, site view) from the typed site. */
public final class ViewFactory {
    private final Site site;
    private final LocalDate today;
    private final Map<Page, Card> cards;
    private int directorySchools = -1;

    public ViewFactory(Site site, LocalDate today) {
        this(site, today, new ConcurrentHashMap<>());
    }

    /**
     * With cards remembered in {@code cards} (thread-safe), so {@code serve} can keep them across
     * rebuilds with the same {@code today}: an unchanged page's card is not made again.
     */
    public ViewFactory(Site site, LocalDate today, Map<Page, Card> cards) {
        this.site = site;
        this.today = today;
        this.cards = cards;
    }

    /**
     * Counts {@code schools} as the site's school directory: a language without school pages of its own links
     * to the default language's directory, which has that many.
     */
    public ViewFactory countingDirectoryOf(int schools) {
        this.directorySchools = schools;
        return this;
    }

    /** A page as lists show it; made once per page. */
    public Card card(Page page) {
        return cards.computeIfAbsent(page, this::makeCard);
    }

    private Card makeCard(Page page) {
        String summary = page.info().summary().orElse("");
        String path = page.route().sitePath();
        if (page instanceof Tip t) {
            return new Card("tip", t.title(), path, summary, date(t.date()), Dates.iso(t.date()), "",
                    t.audiences().stream().map(this::audience).toList(), t.category().orElse(""), "", "", SlugRules.fold(t.title()), ContestState.NONE);
        }
        if (page instanceof Contest c) {
            return new Card("contest", c.title(), path, summary, date(c.deadline()), c.deadline().toString(), "",
                    List.of(), "", "", "", SlugRules.fold(c.title()), ContestState.of(c, today, site.language()));
        }
        if (page instanceof School s) {
            String search = SlugRules.fold(s.title() + " " + s.province() + " " + s.district().orElse(""));
            return new Card("school", s.title(), path, summary, "", "", s.sample() ? sampleBadge() : "", List.of(), "",
                    s.province(), s.level().orElse(""), search, ContestState.NONE);
        }
        if (page instanceof Post p) {
            return new Card("post", p.title(), path, summary, date(p.date()), p.date().toString(), "", List.of(), "",
                    "", "", SlugRules.fold(p.title()), ContestState.NONE);
        }
        if (page instanceof HashtagPage h) {
            return new Card("hashtag", h.tag().hashtag(), path, summary, "", "", h.official() ? site.language().messages().text("cards.official") : "", List.of(), "",
                    "", "", h.tag().key(), ContestState.NONE);
        }
        return new Card(page.template(), page.title(), path, summary, "", "", "", List.of(), "", "", "",
                SlugRules.fold(page.title()), ContestState.NONE);
    }

    public List<Card> cards(List<? extends Page> pages) {
        return pages.stream().map(this::card).toList();
    }

    /** Tag links of a page: each tag to its hashtag page. */
    public List<Card> tags(Page page) {
        List<Card> out = new ArrayList<>();
        for (String tag : page.info().tags()) {
            site.hashtag(tag).ifPresent(h -> out.add(card(h)));
        }
        return out;
    }

    public SiteView siteView(List<SiteView.Download> downloads) {
        return siteView(downloads, SiteView.Edition.WHOLE_SITE);
    }

    /** The same for one edition of the site (a school's own, made by {@code build --school}). */
    public SiteView siteView(List<SiteView.Download> downloads, SiteView.Edition edition) {
        SiteConfig c = site.config();
        List<Card> tips = cards(site.tips());
        Map<String, List<Card>> byAudience = new LinkedHashMap<>();
        Tip.AUDIENCES.forEach(a -> byAudience.put(a, new ArrayList<>()));
        Map<String, List<Card>> byCategory = new LinkedHashMap<>();
        for (Tip t : site.tips()) {
            Card card = card(t);
            t.audiences().forEach(a -> byAudience.get(a).add(card));
            byCategory.computeIfAbsent(t.category().orElse(site.language().messages().text("cards.other_category")),
                    k -> new ArrayList<>()).add(card);
        }
        Map<String, List<Card>> byAudienceName = new LinkedHashMap<>();
        byAudience.forEach((a, list) -> byAudienceName.put(audience(a), list));
        List<SiteView.Group> audienceGroups = groups(byAudienceName);
        List<SiteView.Group> categoryGroups = groups(byCategory);
        List<SiteView.ProvinceView> provinces = site.provinces().stream().map(this::province).toList();
        return new SiteView(c.title(), c.tagline(), c.description(), c.language(), c.baseUrl().orElse(""), c.hashtags(),
                c.hotlines(), c.organisers(), c.colours(), Dates.iso(c.campaignStart()), Dates.iso(c.campaignEnd()),
                site.language().date(c.campaignStart()), site.language().date(c.campaignEnd()), c.campaignNote(), c.pledge(), c.extra(), tips,
                audienceGroups, categoryGroups, cards(site.contests()), cards(site.posts()), provinces, directorySchools >= 0 ? directorySchools : site.schools().size(),
                cards(site.hashtags()), cards(site.pages()), cards(site.frames()), downloads, edition);
    }

    public SiteView.ProvinceView province(Province p) {
        return new SiteView.ProvinceView(p.name(), p.route().sitePath(), p.slug().value(), p.schools().size(),
                SlugRules.fold(p.name()), cards(p.schools()));
    }

    private static List<SiteView.Group> groups(Map<String, List<Card>> map) {
        List<SiteView.Group> out = new ArrayList<>();
        map.forEach((title, cards) -> {
            if (!cards.isEmpty()) {
                out.add(new SiteView.Group(title, SlugRules.slugify(title).map(Object::toString).orElse("khac"), List.copyOf(cards)));
            }
        });
        return List.copyOf(out);
    }

    static String orEmpty(Optional<String> s) {
        return s.orElse("");
    }

    /** The date a page shows (a tip's, a post's) as its language writes it; "" for pages without one. */
    String dateText(Page p) {
        if (p instanceof Tip t) {
            return date(t.date());
        }
        if (p instanceof Post post) {
            return date(post.date());
        }
        return "";
    }

    /** The badge of the sample school pages, in the site's language. */
    public String sampleBadge() {
        return site.language().messages().text("cards.sample");
    }

    private String date(java.time.LocalDate day) {
        return site.language().date(day);
    }

    private String date(Optional<java.time.LocalDate> day) {
        return site.language().date(day);
    }

    /** An audience of tips ({@code học sinh}, as front matter writes it) in the site's language. */
    private String audience(String name) {
        String key = "audience." + SlugRules.slugify(name).map(Object::toString).orElse(name).replace('-', '_');
        return site.language().messages().text(key);
    }

    static String dateIso(Page p) {
        if (p instanceof Tip t) {
            return Dates.iso(t.date());
        }
        if (p instanceof Post post) {
            return post.date().toString();
        }
        return "";
    }
}
