package vn.campaignkit.render;

import java.util.Map;
import vn.campaignkit.check.RelativeUrls;

/**
 * Given to templates as {@code link}: {@code link.to('tips/')} and {@code link.asset('assets/css/site.css')}
 * give relative URLs from the page being rendered.
 */
public record Linker(String fromFolder, Map<String, String> assetVersions, String base) {
    public Linker(String fromFolder, Map<String, String> assetVersions) {
        this(fromFolder, assetVersions, "");
    }

    /** Links written as absolute URLs under {@code baseUrl} (for the 404 page, served at any depth). */
    public Linker absoluteFrom(String baseUrl) {
        return new Linker("", assetVersions, baseUrl);
    }

    public String to(String sitePath) {
        if (sitePath.startsWith("http://") || sitePath.startsWith("https://") || sitePath.startsWith("mailto:")
                || sitePath.startsWith("tel:") || sitePath.startsWith("#")) {
            return sitePath;
        }
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        return base + RelativeUrls.link(fromFolder, p);
    }

    /** A relative URL to an asset with a content version, so browsers may cache it for long. */
    public String asset(String sitePath) {
        String p = sitePath.startsWith("/") ? sitePath.substring(1) : sitePath;
        String version = assetVersions.get(p);
        return base + RelativeUrls.link(fromFolder, p) + (version == null ? "" : "?v=" + version);
    }

    /** What every link written by this linker depends on: pages with equal keys get equal links. */
    public String key() {
        return base + "|" + RelativeUrls.rootFrom(fromFolder);
    }

    public String root() {
        return RelativeUrls.rootFrom(fromFolder);
    }
}
