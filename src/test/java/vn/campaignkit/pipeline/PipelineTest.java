package vn.campaignkit.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.derive.PreviousOutput;
import vn.campaignkit.problem.SiteProblemsException;
import vn.campaignkit.publish.CannotWriteOutputException;
import vn.campaignkit.render.OutputSink;

/** One build into a sink: each path written once, derived files only for a site without problems, the sink's failures passed on as they are. */
class PipelineTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 10, 20);

    @TempDir
    Path site;

    /** Records how often each output path was written or copied. */
    static class RecordingSink implements OutputSink {
        final Map<String, AtomicInteger> writes = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> copies = new ConcurrentHashMap<>();

        @Override
        public void write(String outputPath, byte[] bytes) {
            writes.computeIfAbsent(outputPath, p -> new AtomicInteger()).incrementAndGet();
        }

        @Override
        public void copy(String outputPath, Path from) {
            copies.computeIfAbsent(outputPath, p -> new AtomicInteger()).incrementAndGet();
        }
    }

    private void write(String path, String text) throws IOException {
        Files.createDirectories(site.resolve(path).getParent());
        Files.writeString(site.resolve(path), text, StandardCharsets.UTF_8);
    }

    private void contestSite() throws IOException {
        write("content/index.md", "---\ntitle: Trang chủ\n---\nGọi 111.\n");
        write("content/tips/a.md", "---\ntitle: Một\n---\nx\n");
        write("content/contests/ve-tranh.md", "---\ntitle: Vẽ tranh\nstart: 2025-10-01\ndeadline: 2025-11-30\n---\nLuật thi.\n");
        write("content/pages/gioi-thieu/anh.txt", "một tệp đi kèm");
    }

    private BuildOptions options() {
        return BuildOptions.defaults(site, TODAY).withPagesOnly(true);
    }

    @Test
    void writesEveryOutputPathExactlyOnce() throws Exception {
        contestSite();
        RecordingSink sink = new RecordingSink();

        Pipeline.Result result = Pipeline.standard(options()).run(options(), sink, PreviousOutput.NONE);

        assertThat(sink.writes).containsKeys("index.html", "tips/a/index.html", "contests/ve-tranh/index.html",
                "contests/ve-tranh/ve-tranh.ics", Pipeline.FEED, "search/index.js", "404.html");
        // a content file is copied, or written when publishing rewrites it (images lose their private metadata)
        assertThat(java.util.stream.Stream.concat(sink.writes.keySet().stream(), sink.copies.keySet().stream()))
                .containsOnlyOnce("pages/gioi-thieu/anh.txt");
        sink.writes.forEach((path, n) -> assertThat(n.get()).as(path).isEqualTo(1));
        sink.copies.forEach((path, n) -> assertThat(n.get()).as(path).isEqualTo(1));
        assertThat(sink.writes.keySet()).noneMatch(sink.copies::containsKey);
        assertThat(result.derived().rendered()).isEqualTo(1);
    }

    @Test
    void aSiteWithProblemsNeverRunsItsDerivedFiles() throws IOException {
        contestSite();
        write("content/tips/hong.md", "---\ntitle: Hỏng\ndate: 2025-02-30\n---\nx\n");
        RecordingSink sink = new RecordingSink();

        assertThatThrownBy(() -> Pipeline.standard(options()).run(options(), sink, PreviousOutput.NONE))
                .isInstanceOfSatisfying(SiteProblemsException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path()).isEqualTo("content/tips/hong.md")));
        assertThat(sink.writes.keySet()).noneMatch(p -> p.endsWith(".ics"));
    }

    @Test
    void reusesADerivedFileWhoseFingerprintIsUnchanged() throws Exception {
        contestSite();
        Path kept = site.resolve("kept.ics");
        Files.writeString(kept, "BEGIN:VCALENDAR");
        RecordingSink sink = new RecordingSink();

        Pipeline.Result result = Pipeline.standard(options()).run(options(), sink, (path, fingerprint) -> Optional.of(kept));

        assertThat(result.derived().reused()).isEqualTo(1);
        assertThat(result.derived().rendered()).isZero();
        assertThat(sink.copies).containsKey("contests/ve-tranh/ve-tranh.ics");
        assertThat(sink.writes).doesNotContainKey("contests/ve-tranh/ve-tranh.ics");
    }

    @Test
    void aSinkThatCannotWritePassesItsFailureOnUnchangedFromTheRenderThreads() throws IOException {
        contestSite();
        CannotWriteOutputException full = new CannotWriteOutputException(CannotWriteOutputException.Reason.NO_SPACE,
                site.resolve("output.tmp-1/tips/a/index.html"), "No space left on device", 10, null);
        OutputSink failing = new RecordingSink() {
            @Override
            public void write(String outputPath, byte[] bytes) {
                throw full;
            }
        };

        assertThatThrownBy(() -> Pipeline.standard(options()).run(options(), failing, PreviousOutput.NONE)).isSameAs(full);
    }
}
