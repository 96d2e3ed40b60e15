package vn.campaignkit.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Dates as Vietnamese readers write them: 06/10/2025. */
public final class Dates {
    private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Dates() {
    }

    public static String text(LocalDate d) {
        return d.format(VI);
    }

    public static String text(Optional<LocalDate> d) {
        return d.map(Dates::text).orElse("");
    }

    public static String iso(Optional<LocalDate> d) {
        return d.map(LocalDate::toString).orElse("");
    }
}
