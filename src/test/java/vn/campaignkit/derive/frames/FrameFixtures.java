package vn.campaignkit.derive.frames;

import vn.campaignkit.model.FrameDesign;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.Fixtures;

/** Frames as the default site draws them, for tests. */
final class FrameFixtures {
    private FrameFixtures() {
    }

    static DrawnText t(String s) {
        return Fixtures.text(s);
    }

    static FrameLook.Drawn look(FrameDesign.Style style) {
        return new FrameLook.Drawn(style, Fixtures.palette(), Optional.of(t("KHÔNG MỘT MÌNH")),
                Optional.of(t("CÙNG NHAU AN TOÀN TRỰC TUYẾN")), Optional.of(t("KHÔNG MỘT MÌNH")),
                List.of(t("#khongmotminh"), t("#antoantructuyen"), t("#niemtinso")), Optional.of(t("111")), Optional.empty());
    }

    /** The same design with every string blank and no badge: what is left is the frame without text. */
    static FrameLook.Drawn withoutText(FrameDesign.Style style) {
        return new FrameLook.Drawn(style, Fixtures.palette(), Optional.of(t("")), Optional.of(t("")), Optional.of(t("")),
                List.of(), Optional.empty(), Optional.empty());
    }

    static FrameSpec spec(FrameLook look) {
        return new FrameSpec("test", "content/frames/test.md", "Test", look, true, "caption",
                List.of(FrameFormat.values()));
    }
}
