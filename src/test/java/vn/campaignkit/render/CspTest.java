package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The policy every page carries: only the site's own files, no inline code, no requests from scripts, no forms. */
class CspTest {

    @Test
    void allowsOnlyTheSitesOwnFilesAndNothingInline() {
        Map<String, String> directives = new LinkedHashMap<>();
        Arrays.stream(Csp.POLICY.split(";")).map(String::strip).forEach(d -> {
            int space = d.indexOf(' ');
            assertThat(directives.put(d.substring(0, space), d.substring(space + 1))).as("directive given twice: " + d).isNull();
        });
        assertThat(directives).containsExactly(
                Map.entry("default-src", "'none'"),
                Map.entry("script-src", "'self'"),
                Map.entry("style-src", "'self'"),
                Map.entry("img-src", "'self' data: blob:"),
                Map.entry("font-src", "'self'"),
                Map.entry("connect-src", "'none'"),
                Map.entry("media-src", "'self'"),
                Map.entry("manifest-src", "'self'"),
                Map.entry("base-uri", "'none'"),
                Map.entry("form-action", "'none'"));
    }
}
