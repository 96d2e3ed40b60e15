package vn.campaignkit.config;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The options of one build.
 *
 * @param today      the day deadline states are computed for (from --now, SOURCE_DATE_EPOCH or the clock)
 * @param pagesOnly  skip derived images, PDFs and zips
 */
public record BuildOptions(Path source, Path output, Optional<String> baseUrl, LocalDate today,
                           boolean drafts, boolean pagesOnly, int threads) {
    public BuildOptions {
        threads = Math.max(1, threads);
    }

    public static BuildOptions defaults(Path source, LocalDate today) {
        return new BuildOptions(source, source.resolve("output"), Optional.empty(), today, false, false,
                Runtime.getRuntime().availableProcessors());
    }

    public BuildOptions withPagesOnly(boolean pages) {
        return new BuildOptions(source, output, baseUrl, today, drafts, pages, threads);
    }
}
