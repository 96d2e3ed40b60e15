package vn.campaignkit.derive.frames;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.problem.Problems;

/**
 * The frame for the editor page as a small script that puts the 1080 PNG into {@code #fe-frame} as a
 * {@code data:} URL. An image from a data URL never taints the canvas, so the editor can export even
 * when the site is opened from {@code file://}; a script file keeps the page itself free of inline code.
 */
record FrameScriptJob(String outputPath, String fingerprint, FrameRenderer renderer, FrameSpec spec) implements DeriveJob {
    @Override
    public byte[] render(Problems problems) {
        String data = Base64.getEncoder().encodeToString(renderer.png(spec, FrameFormat.SQUARE, Optional.empty()));
        String js = "/* " + spec.title().replace("*/", "") + ": frame image for frame-editor.js */\n"
                + "document.getElementById('fe-frame').src = 'data:image/png;base64," + data + "';\n";
        return js.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void check(Problems problems) {
        // nothing to report: glyphs were checked when planning
    }
}
