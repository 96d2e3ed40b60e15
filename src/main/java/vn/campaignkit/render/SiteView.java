package vn.campaignkit.render;

import java.util.List;
import java.util.Map;
import vn.campaignkit.config.SiteConfig;

/** What templates see as {@code site}: settings and the lists of pages, as cards. */
public record SiteView(String title, String tagline, String description, String language, String baseUrl,
                       List<String> hashtags, List<SiteConfig.Hotline> hotlines, List<String> organisers,
                       SiteConfig.Colours colours, String campaignStartIso, String campaignEndIso,
                       String campaignStartText, String campaignEndText, String campaignNote, String pledge,
                       Map<String, Object> extra, List<Card> tips, List<Group> tipsByAudience,
                       List<Group> tipsByCategory, List<Card> contests, List<Card> posts, List<ProvinceView> provinces,
                       int schoolCount, List<Card> hashtagPages, List<Card> pages, List<Card> frames,
                       List<Download> downloads, Edition edition) {

    /** A titled list of cards (tips for one audience, schools of one province…). */
    public record Group(String title, String slug, List<Card> cards) {
    }

    /** A province in the directory. */
    public record ProvinceView(String name, String path, String slug, int count, String search, List<Card> schools) {
    }

    /** A file offered on the downloads page. */
    public record Download(String section, String title, String path, String preview, String size, String note) {
    }

    /**
     * A school's own edition of the site ({@code build --school}): the school it is made for, and where the whole
     * campaign lives (the base URL) when the site names it. Empty texts and zero counts for the whole site.
     *
     * @param campaignUrl        the whole campaign site, or empty without a base URL
     * @param campaignSchoolsUrl its school directory, or empty without a base URL
     */
    public record Edition(String school, String schoolPath, String province, String campaignUrl, String campaignSchoolsUrl,
                          int campaignSchools, int campaignProvinces) {
        public static final Edition WHOLE_SITE = new Edition("", "", "", "", "", 0, 0);
    }
}
