package vn.campaignkit.desk;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.derive.kit.DeterministicZip;
import vn.campaignkit.pipeline.BuildProgress;
import vn.campaignkit.pipeline.InputFingerprint;
import vn.campaignkit.pipeline.Pipeline;
import vn.campaignkit.pipeline.SourceScan;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.SiteProblemsException;
import vn.campaignkit.publish.CannotWriteOutputException;
import vn.campaignkit.publish.ManifestReader;
import vn.campaignkit.publish.Publication;
import vn.campaignkit.publish.StagingFolder;

/**
 * "Xuất bản": the real build of the site into {@code output/} (drafts left out, the site's own address), swapped
 * in only when it succeeded, then the whole output as one zip in {@code .campaignkit/publish/} to upload to any
 * host. One publication at a time, on its own thread; the desk polls {@link #status()}.
 */
final class Publisher {
    static final String ZIP = "trang-web.zip";
    private final Path root;
    private final Optional<String> baseUrl;
    private final AtomicReference<Status> status = new AtomicReference<>(Status.idle());

    /**
     * Where a publication is: {@code idle}, {@code running}, {@code done} or {@code failed}. While running, the
     * step ({@code step} of {@code steps}, its Vietnamese name in {@code phase}) and the files done of the step's
     * total, as the pipeline's progress reports them.
     */
    record Status(String state, String phase, int step, int steps, int done, int total, int pages, List<Problem> problems,
                  String message, long zipBytes) {
        static final int STEPS = BuildProgress.Step.values().length + 1;

        static Status idle() {
            return new Status("idle", "", 0, STEPS, 0, 0, 0, List.of(), "", 0);
        }

        static Status running(int step, String phase, int done, int total) {
            return new Status("running", phase, step, STEPS, done, total, 0, List.of(), "", 0);
        }

        static Status failed(List<Problem> problems, String message) {
            return new Status("failed", "", 0, STEPS, 0, 0, 0, problems, message, 0);
        }
    }

    private static final Map<BuildProgress.Step, String> PHASES = Map.of(
            BuildProgress.Step.READING, "Đang đọc và kiểm tra nội dung…",
            BuildProgress.Step.PAGES, "Đang dựng các trang…",
            BuildProgress.Step.DERIVED, "Đang tạo ảnh, tệp PDF và bộ tải về…",
            BuildProgress.Step.WRITING, "Đang ghi thư mục output/…");
    private static final String ZIPPING = "Đang nén thành một tệp zip…";
    private volatile BuildProgress progress;

    Publisher(Path root, Optional<String> baseUrl) {
        this.root = root;
        this.baseUrl = baseUrl;
    }

    Status status() {
        Status now = status.get();
        BuildProgress running = progress;
        if (!now.state().equals("running") || running == null || now.phase().equals(ZIPPING)) {
            return now;
        }
        BuildProgress.Snapshot snapshot = running.snapshot();
        return Status.running(snapshot.step().ordinal() + 1, PHASES.get(snapshot.step()), snapshot.done(), snapshot.total());
    }

    Path zip() {
        return root.resolve(".campaignkit").resolve("publish").resolve(ZIP);
    }

    /** Starts a publication; false when one is already running. */
    synchronized boolean start() {
        if (status.get().state().equals("running")) {
            return false;
        }
        progress = new BuildProgress();
        status.set(Status.running(1, PHASES.get(BuildProgress.Step.READING), 0, 0));
        Thread thread = new Thread(null, this::run, "campaignkit-publish", 16L * 1024 * 1024);
        thread.setDaemon(true);
        thread.start();
        return true;
    }

    private void run() {
        try {
            status.set(publish());
        } catch (SiteProblemsException e) {
            status.set(Status.failed(e.problems(), "Trang web còn lỗi nên chưa được xuất bản; thư mục output/ vẫn giữ lần xuất bản trước."));
        } catch (IOException | UncheckedIOException e) {
            status.set(Status.failed(List.of(), "Không ghi được thư mục output/ hoặc tệp zip (" + e.getClass().getSimpleName()
                    + "). Hãy kiểm tra ổ đĩa còn chỗ trống và thử lại."));
        } catch (RuntimeException e) {
            status.set(Status.failed(List.of(), "Có lỗi bên trong Campaign Kit khi xuất bản (" + e.getClass().getSimpleName()
                    + "). Hãy thử lại; nếu vẫn lỗi, chạy lệnh build để xem chi tiết."));
        } finally {
            progress.finish();
        }
    }

    private Status publish() throws SiteProblemsException, IOException {
        Path output = root.resolve("output");
        BuildOptions options = new BuildOptions(root, output, baseUrl, today(), false, false, Runtime.getRuntime().availableProcessors());
        int pages;
        try (Publication publication = Publication.open(output)) {
            if (!ManifestReader.isReplaceable(output)) {
                return Status.failed(List.of(), "Thư mục output/ có những tệp không do Campaign Kit tạo nên không bị thay thế. "
                        + "Hãy đổi tên hoặc chuyển thư mục đó đi rồi xuất bản lại.");
            }
            ManifestReader previous = new ManifestReader(output);
            SourceScan scan = SourceScan.of(root);
            Optional<String> input = InputFingerprint.of(options, scan);
            if (input.isPresent() && previous.upToDate(input.get()) && Files.isRegularFile(zip(), LinkOption.NOFOLLOW_LINKS)) {
                pages = countPages(output);
            } else {
                StagingFolder staging = publication.stage(previous);
                Pipeline.Result result = Pipeline.standard(options).reporting(progress).run(options, scan, staging, previous);
                progress.start(BuildProgress.Step.WRITING, 0);
                staging.writeManifest(result.fingerprints(), input.orElse(""));
                staging.swapIn();
                pages = result.pages();
            }
        } catch (CannotWriteOutputException e) {
            return Status.failed(List.of(), cannotWrite(e));
        }
        status.set(Status.running(Status.STEPS, ZIPPING, 0, 0));
        writeZip(output);
        return new Status("done", "", Status.STEPS, Status.STEPS, 0, 0, pages, List.of(), "Đã xuất bản " + pages + " trang.",
                Files.size(zip()));
    }

    /** Why output/ could not be written, as the editor can act on it; the previous output is untouched. */
    private static String cannotWrite(CannotWriteOutputException e) {
        String why = switch (e.reason()) {
            case NO_SPACE -> "Ổ đĩa đã hết chỗ trống. Hãy xoá bớt tệp không cần rồi xuất bản lại.";
            case NOT_ALLOWED -> "Máy không cho ghi vào thư mục output/ (" + e.where() + "). Hãy chọn thư mục trang ở nơi bạn có quyền ghi.";
            case READ_ONLY -> "Ổ đĩa chỉ cho đọc (USB bị khoá ghi, ổ mạng chỉ đọc). Hãy chép thư mục trang sang ổ khác.";
            case NOT_A_FOLDER -> "Có một tệp tên output nằm chỗ thư mục output/. Hãy đổi tên tệp đó rồi xuất bản lại.";
            case IN_USE -> "Một lần dựng khác đang ghi vào thư mục output/ (có thể lệnh build đang chạy). Hãy đợi xong rồi xuất bản lại.";
            case OTHER -> "Không ghi được thư mục output/ (" + e.detail() + "). Hãy thử lại.";
        };
        return why + " Lần xuất bản trước vẫn được giữ nguyên.";
    }

    private void writeZip(Path output) throws IOException {
        SortedMap<String, Path> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(output)) {
            walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !p.getFileName().toString().equals(StagingFolder.MANIFEST))
                    .forEach(p -> files.put(ContentIndex.relative(output, p), p));
        }
        Path zip = zip();
        Files.createDirectories(zip.getParent());
        Path temp = zip.resolveSibling("." + ZIP + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp)) {
            DeterministicZip.zip(files, out);
        }
        Files.move(temp, zip, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static int countPages(Path output) throws IOException {
        try (Stream<Path> walk = Files.walk(output)) {
            return (int) walk.filter(p -> p.getFileName().toString().endsWith(".html")).count();
        }
    }

    private static LocalDate today() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.strip().matches("[0-9]{1,12}")) {
            return java.time.Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
