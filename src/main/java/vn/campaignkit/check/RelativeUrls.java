package vn.campaignkit.check;

/** Relative links between output files, so the site works under any sub-path and from {@code file://}. */
public final class RelativeUrls {
    private RelativeUrls() {
    }

    /** The prefix leading from a file in {@code fromFolder} (e.g. {@code tips/x/}) back to the site root. */
    public static String rootFrom(String fromFolder) {
        int depth = (int) fromFolder.chars().filter(c -> c == '/').count();
        return "../".repeat(depth);
    }

    /**
     * A link from a page in {@code fromFolder} to a target site path: a folder ({@code tips/}) links to its
     * {@code index.html}, a file links to itself.
     */
    public static String link(String fromFolder, String target) {
        String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
        return rootFrom(fromFolder) + file;
    }
}
