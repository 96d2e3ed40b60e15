package vn.campaignkit.serve;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Prepares a built HTML page for the preview: adds {@code <script src="/__campaignkit/reload.js">}
 * and loosens the page's Content-Security-Policy meta just enough for it ({@code 'self'} for
 * scripts, styles and the event stream). Everything else in the policy stays as the site wrote it,
 * so the preview still shows what the policy blocks.
 */
final class LivePageRewriter {
    static final String PREFIX = "/__campaignkit/";
    private static final Pattern CSP_META = Pattern.compile(
            "<meta\\s[^>]*http-equiv\\s*=\\s*[\"']?content-security-policy[\"']?[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_ATTRIBUTE = Pattern.compile(
            "(\\scontent\\s*=\\s*)(\"([^\"]*)\"|'([^']*)')", Pattern.CASE_INSENSITIVE);
    private static final Pattern HEAD_END = Pattern.compile("</head\\s*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern BODY_END = Pattern.compile("</body\\s*>", Pattern.CASE_INSENSITIVE);
    private static final List<String> NEEDS_SELF = List.of("script-src", "style-src", "connect-src");

    private LivePageRewriter() {
    }

    static byte[] rewrite(byte[] html, String outputPath, long version) {
        String page = new String(html, StandardCharsets.UTF_8);
        page = relaxPolicies(page);
        String tag = scriptTag(outputPath, version);
        Matcher head = HEAD_END.matcher(page);
        Matcher body = BODY_END.matcher(page);
        if (head.find()) {
            page = page.substring(0, head.start()) + tag + page.substring(head.start());
        } else if (body.find()) {
            page = page.substring(0, body.start()) + tag + page.substring(body.start());
        } else {
            page = page + tag;
        }
        return page.getBytes(StandardCharsets.UTF_8);
    }

    static String scriptTag(String outputPath, long version) {
        return "<script src=\"" + PREFIX + "reload.js\" defer data-ck-version=\"" + version
                + "\" data-ck-page=\"" + attribute(outputPath) + "\"></script>";
    }

    private static String relaxPolicies(String page) {
        Matcher meta = CSP_META.matcher(page);
        StringBuilder out = new StringBuilder(page.length() + 64);
        int from = 0;
        while (meta.find()) {
            out.append(page, from, meta.start());
            out.append(relaxMeta(meta.group()));
            from = meta.end();
        }
        out.append(page, from, page.length());
        return out.toString();
    }

    private static String relaxMeta(String metaTag) {
        Matcher content = CONTENT_ATTRIBUTE.matcher(metaTag);
        if (!content.find()) {
            return metaTag;
        }
        String raw = content.group(3) != null ? content.group(3) : content.group(4);
        String policy = relax(unescape(raw));
        return metaTag.substring(0, content.start()) + content.group(1) + "\"" + attribute(policy) + "\""
                + metaTag.substring(content.end());
    }

    /** Makes sure scripts, styles and connections from the page's own origin are allowed. */
    static String relax(String policy) {
        Map<String, List<String>> directives = new LinkedHashMap<>();
        for (String part : policy.split(";")) {
            String[] words = part.trim().split("\\s+");
            if (words.length > 0 && !words[0].isEmpty()) {
                directives.putIfAbsent(words[0].toLowerCase(java.util.Locale.ROOT),
                        new ArrayList<>(List.of(words).subList(1, words.length)));
            }
        }
        List<String> fallback = directives.get("default-src");
        for (String name : NEEDS_SELF) {
            List<String> sources = directives.get(name);
            if (sources == null) {
                if (fallback != null && !fallback.contains("'self'")) {
                    directives.put(name, new ArrayList<>(List.of("'self'")));
                }
            } else if (!sources.contains("'self'")) {
                sources.remove("'none'");
                sources.add("'self'");
            }
        }
        List<String> parts = new ArrayList<>();
        directives.forEach((name, sources) -> parts.add(sources.isEmpty() ? name : name + " " + String.join(" ", sources)));
        return String.join("; ", parts);
    }

    private static String unescape(String value) {
        return value.replace("&#39;", "'").replace("&#x27;", "'").replace("&apos;", "'")
                .replace("&quot;", "\"").replace("&#34;", "\"").replace("&amp;", "&");
    }

    static String attribute(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
