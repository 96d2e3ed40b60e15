package vn.campaignkit.render;

import java.util.Map;
import vn.campaignkit.check.RelativeUrls;

/**
 * Given to templates as {@code link}: {@code link.to('tips/')} and {@code link.asset('assets/css/site.css')}
 * give relative URLs from the page being rendered; {@code link.lang('tips/')} links a built-in page in the page's
 * own language ({@code en/tips/} from an English page).
 *
 * @param languagePrefix where the page's language lives ({@code en/}), "" for the default language
 */
public record Linker(String fromFolder, Map<String, String> assetVersions, String base, String languagePrefix) {
    public Linker(String fromFolder, Map<String, String> assetVersions) {
        this(fromFolder, assetVersions, "", "");
    }

    /** Links written as absolute URLs under {@code baseUrl} (for the 404 page, served at any depth). */
    public Linker absoluteFrom(String baseUrl) {
        return new Linker("", assetVersions, baseUrl, languagePrefix);
    }

    /** The same links from a page of the language living under {@code prefix}. */
    public Linker inLanguage(String prefix) {
        return new Linker(fromFolder, assetVersions, base, prefix);
    }

    /** A built-in page ({@code tips/}, {@code news/atom.xml}, "" for the home page) in the page's language. */
    public String lang(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return to(languagePrefix + p);
    }

    /** A versioned file of the page's language ({@code search/index.js} → {@code en/search/index.js}). */
    public String langAsset(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return asset(languagePrefix + p);
    }

    /**
     * The script that names the current version of a file of the page's language linked without one
     * ({@code search/index.js} → {@code search/index-version.js}): "" when the file's links carry their version. A big
     * site links its search index so, since a version in every link would rewrite every page when one school changes.
     */
    public String langVersionFile(String sitePath) {
        String p = languagePrefix + (sitePath.startsWith("/") ? sitePath.substring(1) : sitePath);
        return UNVERSIONED.equals(assetVersions.get(p)) ? base + RelativeUrls.link(fromFolder, versionFileOf(p)) : "";
    }

    /** The version recorded for a file linked without one, whose current version its {@link #versionFileOf} names. */
    public static final String UNVERSIONED = "";

    /** {@code search/index.js} → {@code search/index-version.js}. */
    public static String versionFileOf(String sitePath) {
        return sitePath.substring(0, sitePath.length() - ".js".length()) + "-version.js";
    }

    public String to(String sitePath) {
        if (sitePath.startsWith("http://") || sitePath.startsWith("https://") || sitePath.startsWith("mailto:")
                || sitePath.startsWith("tel:") || sitePath.startsWith("#")) {
            return sitePath;
        }
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return base + RelativeUrls.link(fromFolder, p);
    }

    /**
     * A relative URL to an asset with a content version, so browsers may cache it for long: the page's language's own
     * copy when there is one ({@code en/assets/js/site.js}, see {@link LocalisedScripts}).
     */
    public String asset(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        if (!languagePrefix.isEmpty() && assetVersions.containsKey(languagePrefix + p)) {
            p = languagePrefix + p;
        }
        String version = assetVersions.get(p);
        return base + RelativeUrls.link(fromFolder, p) + (version == null || version.isEmpty() ? "" : "?v=" + version);
    }

    /** What every link written by this linker depends on: pages with equal keys get equal links. */
    public String key() {
        return base + "|" + RelativeUrls.rootFrom(fromFolder) + "|" + languagePrefix;
    }

    public String root() {
        return RelativeUrls.rootFrom(fromFolder);
    }
}
