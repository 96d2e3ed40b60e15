package vn.campaignkit.source.table;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How a spreadsheet's stored numbers read as text: as the spreadsheet shows them, never in exponent form, and
 * dates as {@code YYYY-MM-DD}. A spreadsheet stores a date as a number of days with a date format on the cell;
 * the format is what tells a date from a count.
 */
final class SpreadsheetValues {
    /** Excel shows at most 15 significant digits: 0.1 + 0.2 is stored as 0.30000000000000004 and shown as 0.3. */
    static final MathContext SHOWN_DIGITS = new MathContext(15);
    /** Built-in number formats that are dates or times (ECMA-376 §18.8.30), the rest are read from the format. */
    private static final Set<Integer> BUILT_IN_DATES = Set.of(14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47);
    /** Quoted text, escaped characters and [colour]/[$-locale] parts of a format, which name no date part. */
    private static final Pattern LITERALS = Pattern.compile("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]|_.|\\*.");
    private static final LocalDate DAY_ZERO_1900 = LocalDate.of(1899, 12, 30);
    private static final LocalDate DAY_ZERO_1904 = LocalDate.of(1904, 1, 1);
    /** 1900-02-29 does not exist, but Excel (after Lotus 1-2-3) counts it as day 60. */
    private static final int LOTUS_LEAP_DAY = 60;

    private SpreadsheetValues() {
    }

    /** Whether a cell's number format shows its number as a date or time. */
    static boolean isDateFormat(Integer formatId, String format) {
        if (formatId != null && BUILT_IN_DATES.contains(formatId)) {
            return true;
        }
        if (format == null || format.equalsIgnoreCase("General")) {
            return false;
        }
        String parts = LITERALS.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
        return parts.chars().anyMatch(c -> c == 'd' || c == 'm' || c == 'y' || c == 'h');
    }

    /** A stored number as shown: {@code 912345678}, {@code 0.3}, {@code 150000000000000000000}. */
    static String numberText(BigDecimal number) {
        BigDecimal shown = number.round(SHOWN_DIGITS).stripTrailingZeros();
        return shown.signum() == 0 ? "0" : shown.toPlainString();
    }

    /** A stored day number as {@code 2025-10-09}, with {@code 08:30} when it has a time of day; empty when out of range. */
    static Optional<String> dateText(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return Optional.empty(); // after 9999-12-31: no date Excel would show
        }
        long days = serial.longValue();
        long minutes = serial.subtract(BigDecimal.valueOf(days)).multiply(BigDecimal.valueOf(24 * 60))
                .setScale(0, java.math.RoundingMode.HALF_UP).longValue();
        LocalDate day;
        if (date1904) {
            day = DAY_ZERO_1904.plusDays(days);
        } else if (days == LOTUS_LEAP_DAY) {
            return Optional.of("1900-02-29"); // shown by Excel, but no date: a problem for whoever reads it as one
        } else {
            day = DAY_ZERO_1900.plusDays(days < LOTUS_LEAP_DAY ? days + 1 : days);
        }
        LocalDateTime at = day.atStartOfDay().plusMinutes(minutes);
        return Optional.of(minutes == 0 ? at.toLocalDate().toString()
                : at.toLocalDate() + " " + String.format(Locale.ROOT, "%02d:%02d", at.getHour(), at.getMinute()));
    }
}
