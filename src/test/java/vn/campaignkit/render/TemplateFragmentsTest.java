package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TemplateFragmentsTest {
    static {
        // as TemplateEngine does: FreeMarker would otherwise pick up the log4j that a test library brings
        System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
    }

    /** The body is rendered once per key; later pages with the key get the first rendering's text. */
    @Test
    void rendersTheBodyOncePerKeyAndReplaysIt() throws Exception {
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        Template t = new Template("t", new StringReader("<@fragment key=k>[${counter.next()}]</@fragment>"), config);
        TemplateEngine.Fragments cache = new TemplateEngine.Fragments();
        AtomicInteger n = new AtomicInteger();
        StringBuilder all = new StringBuilder();
        for (String key : List.of("a", "b", "a", "a", "b", "c")) {
            Map<String, Object> model = new HashMap<>();
            model.put("fragment", cache);
            model.put("k", key);
            model.put("counter", new Counter(n));
            StringWriter out = new StringWriter();
            t.process(model, out);
            all.append(out);
        }
        assertThat(all.toString()).isEqualTo("[1][2][1][1][2][3]");
        assertThat(n.get()).isEqualTo(3);
        assertThat(cache.size()).isEqualTo(3);
    }

    public record Counter(AtomicInteger n) {
        public int next() {
            return n.incrementAndGet();
        }
    }
}
