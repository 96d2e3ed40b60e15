package vn.campaignkit.derive;

import java.util.Optional;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;

/**
 * One derived output file. {@code fingerprint} must change whenever anything the bytes depend on
 * changes (inputs, settings, code version): an unchanged fingerprint lets the file be reused as is.
 */
public interface DeriveJob {
    String outputPath();

    String fingerprint();

    /** The bytes of the file; problems (a glyph missing, text that does not fit…) go to {@code problems}. */
    byte[] render(Problems problems);

    /**
     * Reports to {@code problems} everything {@link #render} would report, by laying out without drawing or
     * encoding: {@code check} and the editor's live problems use it instead of rendering. A job whose problems
     * are all found while planning (glyphs of frames and cards are checked then) reports nothing here. Safe to
     * call from several threads for different jobs.
     */
    void check(Problems problems);

    /** How the downloads page lists this file, if it does. */
    default Optional<SiteView.Download> listing() {
        return Optional.empty();
    }
}
