package vn.campaignkit.model;

/**
 * Where a page is published: a site path such as {@code tips/x/} (always ending in '/', empty for the
 * home page) whose file is {@code tips/x/index.html}. Links to it are written to the file, so the site
 * also works opened from {@code file://}.
 */
public record Route(String sitePath) implements Comparable<Route> {
    public static final Route HOME = new Route("");

    public static Route of(String... segments) {
        StringBuilder sb = new StringBuilder();
        for (String s : segments) {
            sb.append(s).append('/');
        }
        return new Route(sb.toString());
    }

    /** The same route inside a language's part of the site ({@code en/}); itself for "". */
    public Route under(String prefix) {
        return prefix.isEmpty() ? this : new Route(prefix + sitePath);
    }

    public String file() {
        return sitePath + "index.html";
    }

    /** How many folders deep the page's file is. */
    public int depth() {
        return (int) sitePath.chars().filter(c -> c == '/').count();
    }

    @Override
    public int compareTo(Route o) {
        return sitePath.compareTo(o.sitePath);
    }
}
