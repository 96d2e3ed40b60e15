package vn.campaignkit.derive.frames;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FrameEditorScriptTest {
    private static final Path SCRIPT = Path.of("assets/js/frame-editor.js");

    @Test
    void staysUnderTwentyKilobytes() throws Exception {
        assertThat(Files.size(SCRIPT)).isLessThanOrEqualTo(20 * 1024);
    }

    @Test
    void usesNoNetworkApiAndNoRemoteAddress() throws Exception {
        String js = Files.readString(SCRIPT);
        assertThat(js).doesNotContain("fetch(", "XMLHttpRequest", "WebSocket", "EventSource", "sendBeacon", "import(",
                "http://", "https://", "eval(", "new Function");
    }
}
