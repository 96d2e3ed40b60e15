package vn.campaignkit.model;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaignkit.source.Fields;

/**
 * Which URLs content may use: http, https, mailto and site paths. Character references are decoded
 * and invisible characters removed before the scheme is read, so {@code jav&#x61;script:} is caught.
 */
public final class UrlRules {
    private static final Pattern REFERENCE = Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);?");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Map<String, String> NAMED = Map.of("colon", ":", "tab", "\t", "newline", "\n", "sol", "/",
            "amp", "&", "lpar", "(", "rpar", ")", "period", ".", "num", "#", "quot", "\"");

    /** What a URL is. */
    public enum Kind { EXTERNAL, SITE, FORBIDDEN }

    private UrlRules() {
    }

    public static Kind classify(String url) {
        String decoded = decode(url);
        String visible = decoded.replaceAll("[\\x00-\\x20\\x7f\\u00a0\\u200b-\\u200f\\u2028\\u2029\\ufeff]", "");
        Matcher m = SCHEME.matcher(visible);
        if (!m.find()) {
            return visible.startsWith("//") || visible.startsWith("\\\\") || visible.startsWith("/\\") ? Kind.FORBIDDEN : Kind.SITE;
        }
        String scheme = m.group(1).toLowerCase(Locale.ROOT);
        return switch (scheme) {
            case "http", "https", "mailto" -> Kind.EXTERNAL;
            default -> Kind.FORBIDDEN;
        };
    }

    /** Decodes HTML character references, repeatedly, as a browser might after several passes. */
    public static String decode(String text) {
        String current = text;
        for (int pass = 0; pass < 3; pass++) {
            Matcher m = REFERENCE.matcher(current);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(reference(m.group(1), m.group())));
            }
            m.appendTail(sb);
            String next = sb.toString();
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String reference(String body, String whole) {
        try {
            if (body.startsWith("#x") || body.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(2), 16)));
            }
            if (body.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(body.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            return "";
        }
        return NAMED.getOrDefault(body.toLowerCase(Locale.ROOT), whole);
    }

    /**
     * For fields that name another website (a school's {@code website}, {@code fanpage}): only an absolute
     * http(s) address; a site path would be published unchecked and absolute, breaking under a sub-path.
     */
    static boolean checkWebAddress(Fields f, String key, String url) {
        if (!checkField(f, key, url)) {
            return false;
        }
        if (classify(url) != Kind.EXTERNAL || !decode(url).strip().toLowerCase(Locale.ROOT).startsWith("http")) {
            f.problemAt(key, key + " \"" + url + "\" is not a web address", "write the full address, e.g. https://thcs-le-loi.edu.vn/");
            return false;
        }
        return true;
    }

    /** For URL fields of front matter: only absolute http(s)/mailto or site paths; reports otherwise. */
    static boolean checkField(Fields f, String key, String url) {
        Kind kind = classify(url);
        if (kind == Kind.FORBIDDEN) {
            f.problemAt(key, key + " \"" + url + "\" uses a scheme that is not allowed", "only http, https, mailto and site paths such as /tips/");
            return false;
        }
        if (kind == Kind.SITE && !url.startsWith("/")) {
            f.problemAt(key, key + " \"" + url + "\" is neither a web address nor a site path", "write https://… or a site path starting with /");
            return false;
        }
        return true;
    }
}
