package vn.campaignkit.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

class PreviousOutputTest {
    @TempDir
    Path dir;

    @Test
    void aClashWithAnUnchangedFileLeavesThePreviousOutputAsItWas() {
        MicroSite site = MicroSite.in(dir).tip("a", "title: A", "x\n");
        site.build().succeeds();
        Map<String, String> before = MicroSite.hashTree(site.output());
        assertThat(before).containsKey("news/atom.xml");

        site.write("content/news/atom.xml", "<feed>không phải bản tin</feed>\n");
        site.build().failsWithProblems().reports("content/news/atom.xml:");

        assertThat(MicroSite.hashTree(site.output())).isEqualTo(before);
    }
}
