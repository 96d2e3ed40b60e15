package vn.campaignkit.source;

import java.util.Optional;

/** Decides, for one page, what each link, image and hashtag in its Markdown points to. */
public interface LinkPolicy {

    /** The href to write for a link the editor wrote at the given file line and column. */
    String link(String url, int line, int col);

    /** The src to write for an image. */
    String image(String url, int line, int col);

    /** The href of a hashtag's page, if the site has one. */
    Optional<String> hashtag(String tag);

    /** A heading was found; lets the page collect an outline. */
    default void heading(int level, String text) {
    }
}
