package vn.campaignkit.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.derive.PreviousOutput;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.testsite.MicroSite;

/**
 * The scripts take their words from the message files when the site is built (issue 15), so the preview writes them
 * again when a message file is edited, byte for byte as a build would.
 */
class ScriptTextsInPreviewTest {
    @TempDir
    Path root;

    @Test
    void editingAMessageFileRewritesTheScriptsAsABuildWould() throws Exception {
        MicroSite site = MicroSite.in(root).write("templates/messages/vi.yaml", "contest:\n  closed: \"Hết hạn\"\n");
        BuildOptions options = new BuildOptions(root, root.resolve("never-written"), Optional.empty(), LocalDate.of(2025, 11, 1),
                false, true, 2);
        try (DerivedFileCache cache = new DerivedFileCache()) {
            IncrementalSiteBuild build = new IncrementalSiteBuild(options, cache);
            assertThat(siteJs(build.build(ChangeSet.all()))).contains("text = \"Hết hạn\";");

            site.write("templates/messages/vi.yaml", "contest:\n  closed: \"Đã hết hạn nộp bài\"\n");
            BuildResult edited = build.build(ChangeSet.of("templates/messages/vi.yaml"));
            assertThat(siteJs(edited)).contains("text = \"Đã hết hạn nộp bài\";").doesNotContain("\"Hết hạn\"");

            MemorySink oracle = new MemorySink();
            Pipeline.standard(options).run(options, oracle, PreviousOutput.NONE);
            assertThat(siteJs(edited)).isEqualTo(new String(oracle.files().get("assets/js/site.js"), StandardCharsets.UTF_8));
        }
    }

    private static String siteJs(BuildResult result) {
        assertThat(result).as(result::toString).isInstanceOf(BuildResult.Built.class);
        byte[] bytes = ((BuildResult.Built) result).site().file("assets/js/site.js").orElseThrow();
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
