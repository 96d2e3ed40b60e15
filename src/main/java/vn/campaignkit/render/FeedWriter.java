package vn.campaignkit.render;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import vn.campaignkit.check.RelativeUrls;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.Post;

/**
 * The news Atom feed (RFC 4287), the sitemap and robots.txt: the only places absolute URLs are needed. Without
 * a base URL the feed still links every entry, relative to the feed's own folder (Atom allows relative
 * references), since an entry without content must have an alternate link.
 */
public final class FeedWriter {
    private FeedWriter() {
    }

    public static byte[] atom(SiteConfig config, List<Post> posts, String feedPath, LocalDate today) {
        return atom(config, posts, feedPath, today, "", "{site} – Tin tức");
    }

    /**
     * The feed of one language: its posts, its news page under {@code prefix} ({@code en/}, "" for the default
     * language) and its title, {@code titleText} with the site's title in place of {@code {site}}.
     */
    public static byte[] atom(SiteConfig config, List<Post> posts, String feedPath, LocalDate today, String prefix,
                              String titleText) {
        String base = config.baseUrl().orElse("");
        String feedFolder = feedPath.substring(0, feedPath.lastIndexOf('/') + 1);
        String updated = (posts.isEmpty() ? today : posts.get(0).date()) + "T00:00:00Z";
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        sb.append("<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"").append(xml(config.language())).append("\">\n");
        sb.append("  <title>").append(xml(titleText.replace("{site}", config.title()))).append("</title>\n");
        sb.append("  <id>").append(xml(base.isEmpty() ? "urn:campaignkit:" + slugOf(config) + ":news" + urnPart(prefix) : base + prefix + "news/")).append("</id>\n");
        sb.append("  <updated>").append(updated).append("</updated>\n");
        if (!base.isEmpty()) {
            sb.append("  <link rel=\"self\" href=\"").append(xml(base + feedPath)).append("\"/>\n");
        }
        sb.append("  <link rel=\"alternate\" href=\"").append(xml(href(base, feedFolder, prefix + "news/"))).append("\"/>\n");
        sb.append("  <author><name>").append(xml(config.title())).append("</name></author>\n");
        for (Post p : posts) {
            String id = base.isEmpty() ? "urn:campaignkit:" + slugOf(config) + ":news" + urnPart(prefix) + ":" + p.info().slug() : base + p.route().sitePath();
            sb.append("  <entry>\n");
            sb.append("    <title>").append(xml(p.title())).append("</title>\n");
            sb.append("    <id>").append(xml(id)).append("</id>\n");
            sb.append("    <link rel=\"alternate\" href=\"").append(xml(href(base, feedFolder, p.route().sitePath()))).append("\"/>\n");
            sb.append("    <updated>").append(p.date()).append("T00:00:00Z</updated>\n");
            sb.append("    <summary>").append(xml(p.info().summary().orElse(p.title()))).append("</summary>\n");
            sb.append("  </entry>\n");
        }
        sb.append("</feed>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] sitemap(String baseUrl, List<String> sitePaths) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (String path : sitePaths) {
            sb.append("  <url><loc>").append(xml(baseUrl + path)).append("</loc></url>\n");
        }
        sb.append("</urlset>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The sitemap of a site in several languages: each page with its versions in every language as
     * {@code xhtml:link} alternates (and {@code x-default}, the default language's), as search engines read them.
     *
     * @param pages each page's folder by language code, the default language first
     */
    public static byte[] sitemap(String baseUrl, List<String> codes, List<java.util.Map<String, String>> pages) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        sb.append("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        java.util.TreeMap<String, java.util.Map<String, String>> byPath = new java.util.TreeMap<>();
        for (java.util.Map<String, String> versions : pages) {
            versions.values().forEach(path -> byPath.put(path, versions));
        }
        byPath.forEach((path, versions) -> {
            sb.append("  <url><loc>").append(xml(baseUrl + path)).append("</loc>");
            if (versions.size() > 1) {
                for (String code : codes) {
                    if (versions.containsKey(code)) {
                        sb.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"").append(xml(code)).append("\" href=\"")
                                .append(xml(baseUrl + versions.get(code))).append("\"/>");
                    }
                }
                if (versions.containsKey(codes.get(0))) {
                    sb.append("\n    <xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"")
                            .append(xml(baseUrl + versions.get(codes.get(0)))).append("\"/>");
                }
                sb.append("\n  ");
            }
            sb.append("</url>\n");
        });
        sb.append("</urlset>\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String urnPart(String prefix) {
        return prefix.isEmpty() ? "" : ":" + prefix.substring(0, prefix.length() - 1);
    }

    public static byte[] robots(String baseUrl) {
        return ("User-agent: *\nAllow: /\n\nSitemap: " + baseUrl + "sitemap.xml\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The absolute URL of a site path under the base URL, or a link relative to the feed's folder without one. */
    private static String href(String base, String feedFolder, String sitePath) {
        return base.isEmpty() ? RelativeUrls.link(feedFolder, sitePath) : base + sitePath;
    }

    private static String slugOf(SiteConfig config) {
        return vn.campaignkit.model.SlugRules.slugify(config.title()).map(Object::toString).orElse("site");
    }

    /** Escapes markup and drops what XML 1.0 forbids even as a reference (controls, U+FFFE/FFFF, lone surrogates). */
    static String xml(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                        out.append(c).append(s.charAt(++i));
                    } else if (allowedInXml(c)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean allowedInXml(char c) {
        return c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c > 0xDFFF && c < 0xFFFE);
    }
}
