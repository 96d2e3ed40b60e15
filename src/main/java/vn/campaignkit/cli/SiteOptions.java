package vn.campaignkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.campaignkit.config.BuildOptions;

/** Options shared by build and check. */
final class SiteOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "DIR", description = "the site folder (default: .)")
    Path source = Path.of(".");

    @Option(names = "--base-url", paramLabel = "URL", description = "absolute URL the site will live at (overrides site.yaml)")
    String baseUrl;

    @Option(names = "--now", paramLabel = "YYYY-MM-DD", description = "the day to compute deadlines for (default: SOURCE_DATE_EPOCH or today)")
    String now;

    @Option(names = "--drafts", description = "include pages marked draft: true")
    boolean drafts;

    @Option(names = "--pages-only", description = "skip derived images, PDFs and zips")
    boolean pagesOnly;

    BuildOptions toOptions(Optional<Path> output) {
        Path src = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(src)) {
            throw new ParameterException(spec.commandLine(), "--source " + source + " is not a folder"
                    + (Files.exists(src) ? "" : " (it does not exist)"));
        }
        Path out = output.map(p -> p.toAbsolutePath().normalize()).orElse(src.resolve("output"));
        return new BuildOptions(src, out, Optional.ofNullable(baseUrl), today(), drafts, pagesOnly,
                Runtime.getRuntime().availableProcessors());
    }

    private LocalDate today() {
        if (now != null) {
            try {
                return LocalDate.parse(now, DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
            } catch (DateTimeParseException e) {
                throw new ParameterException(spec.commandLine(), "--now \"" + now + "\" is not a date (use YYYY-MM-DD)");
            }
        }
        try {
            return clockToday();
        } catch (NumberFormatException e) {
            throw new ParameterException(spec.commandLine(), "SOURCE_DATE_EPOCH \"" + System.getenv("SOURCE_DATE_EPOCH")
                    + "\" is not a number of seconds");
        }
    }

    /** Today from SOURCE_DATE_EPOCH when set, else in Vietnam's time zone; a malformed epoch is a NumberFormatException. */
    static LocalDate clockToday() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            return Instant.ofEpochSecond(Long.parseLong(epoch.strip())).atZone(ZoneOffset.UTC).toLocalDate();
        }
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }
}
