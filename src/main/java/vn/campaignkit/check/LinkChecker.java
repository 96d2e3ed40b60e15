package vn.campaignkit.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.SitePaths;
import vn.campaignkit.model.UrlRules;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.LinkPolicy;

/**
 * The link policy of one page: refuses dangerous schemes, resolves {@code .md} links and site paths to
 * relative links, and reports every internal target that does not exist.
 */
public final class LinkChecker implements LinkPolicy {
    private final Page page;
    private final OutputClaims outputs;
    private final Map<String, String> markdownToRoute;
    private final Function<String, Optional<String>> hashtagRoute;
    private final ImageCheck images;
    private final Problems problems;

    /**
     * @param images          the verdicts on the site's image files, for every image the page shows
     * @param markdownToRoute content-relative Markdown paths ({@code tips/x.md}) to their site paths ({@code tips/x/})
     * @param hashtagRoute    tag name to the site path of its page
     */
    public LinkChecker(Page page, OutputClaims outputs, Map<String, String> markdownToRoute,
                       Function<String, Optional<String>> hashtagRoute, ImageCheck images, Problems problems) {
        this.page = page;
        this.images = images;
        this.outputs = outputs;
        this.markdownToRoute = markdownToRoute;
        this.hashtagRoute = hashtagRoute;
        this.problems = problems;
    }

    @Override
    public String link(String url, int line, int col) {
        return resolve(url, line, col, false);
    }

    @Override
    public String image(String url, int line, int col) {
        return resolve(url, line, col, true);
    }

    @Override
    public Optional<String> hashtag(String tag) {
        return hashtagRoute.apply(tag).map(path -> RelativeUrls.link(page.route().sitePath(), path));
    }

    private String resolve(String url, int line, int col, boolean image) {
        String what = image ? "image" : "link";
        String source = page.info().source();
        UrlRules.Kind kind = UrlRules.classify(url);
        if (kind == UrlRules.Kind.FORBIDDEN) {
            problems.add(source, line, col, what + " \"" + url + "\" uses a scheme that is not allowed",
                    "only http, https, mailto and site paths such as /tips/");
            return "#";
        }
        if (kind == UrlRules.Kind.EXTERNAL) {
            if (image) {
                problems.add(source, line, col, "image \"" + url + "\" is on another website",
                        "the site makes no third-party requests: copy the image into assets/");
                return "#";
            }
            return url;
        }
        String decoded = UrlRules.decode(url).strip();
        int cut = indexOfAny(decoded, '#', '?');
        String pathPart = cut < 0 ? decoded : decoded.substring(0, cut);
        String suffix = cut < 0 ? "" : decoded.substring(cut);
        if (pathPart.isEmpty()) {
            return suffix.isEmpty() ? "#" : suffix;
        }
        Optional<String> target = SitePaths.resolve(source, percentDecoded(pathPart)).flatMap(this::existingTarget);
        if (target.isEmpty()) {
            problems.add(source, line, col, what + " \"" + url + "\" points to nothing in the site",
                    image ? "put the image in assets/ and write /assets/…" : "check the spelling, or link to a page such as /tips/ or other-page.md");
            return "#";
        }
        if (image) {
            images.check(target.get(), source, line, col, problems);
        }
        return percentEncoded(RelativeUrls.link(page.route().sitePath(), target.get())) + suffix;
    }

    /**
     * Editors' tools write links to {@code Mẹo an toàn.md} as {@code M%E1%BA%B9o%20an%20to%C3%A0n.md}: the
     * file name is what is meant. Malformed escapes are left as written (and then match nothing).
     */
    static String percentDecoded(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        try {
            return Normalizer.normalize(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8), Normalizer.Form.NFC);
        } catch (IllegalArgumentException e) {
            return path;
        }
    }

    /** A relative file path as a valid URL: spaces, Vietnamese letters and other specials in file names escaped. */
    static String percentEncoded(String path) {
        StringBuilder sb = new StringBuilder(path.length());
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/!$&'()*+,;=:@".indexOf(c) >= 0) {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    /** The site path the reference means, if something is published there. */
    private Optional<String> existingTarget(String resolved) {
        if (resolved.endsWith(".md")) {
            return Optional.ofNullable(markdownToRoute.get(resolved));
        }
        if (resolved.isEmpty() || outputs.contains(resolved + (resolved.endsWith("/") ? "" : "/") + "index.html")) {
            return Optional.of(resolved.isEmpty() || resolved.endsWith("/") ? resolved : resolved + "/");
        }
        if (outputs.contains(resolved)) {
            return Optional.of(resolved);
        }
        return Optional.empty();
    }

    private static int indexOfAny(String s, char a, char b) {
        int i = s.indexOf(a);
        int j = s.indexOf(b);
        return i < 0 ? j : j < 0 ? i : Math.min(i, j);
    }
}
