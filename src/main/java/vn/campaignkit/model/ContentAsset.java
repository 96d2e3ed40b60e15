package vn.campaignkit.model;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;

/** A non-Markdown file in {@code content/} or {@code assets/} (an image, a PDF…), copied as is. */
public record ContentAsset(String source, Path file, String outputPath) {
    /** Files a browser would run (raw HTML, scripts): publishing them would pass raw HTML through. */
    private static final Set<String> ACTIVE = Set.of("html", "htm", "xhtml", "xht", "shtml", "js", "mjs", "php", "phtml",
            "asp", "aspx", "jsp", "cgi", "hta", "swf");
    /** Markdown under another name: an editor meant a page, not a file to copy. */
    private static final Set<String> MARKDOWN_LOOKALIKES = Set.of("markdown", "mdown", "mkd", "mkdn", "mdx", "mdwn");

    /** The asset for a non-Markdown file of {@code content/}, or a problem when it must not be published as is. */
    static Optional<ContentAsset> of(SourceFile f, Problems problems) {
        String ext = f.extension();
        if (ACTIVE.contains(ext)) {
            problems.add(f.path(), 1, 1, "a ." + ext + " file in content/ would be published as is, bypassing the "
                    + "Markdown rules", "write the page in Markdown (.md); site-wide scripts and styles belong in templates/ and assets/");
            return Optional.empty();
        }
        if (MARKDOWN_LOOKALIKES.contains(ext)) {
            problems.add(f.path(), 1, 1, "a ." + ext + " file is not read as a page", "rename it to end in .md");
            return Optional.empty();
        }
        return Optional.of(new ContentAsset(f.path(), f.file(), f.pathBelow("content")));
    }
}
