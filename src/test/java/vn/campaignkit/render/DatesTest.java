package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Dates as Vietnamese readers write them (day/month/year, two-digit day and month), whatever the JVM's locale. */
class DatesTest {

    @Test
    void writesDayMonthYearWithLeadingZeros() {
        assertThat(Dates.text(LocalDate.of(2025, 10, 6))).isEqualTo("06/10/2025");
        assertThat(Dates.text(LocalDate.of(2025, 1, 31))).isEqualTo("31/01/2025");
        assertThat(Dates.text(LocalDate.of(2028, 2, 29))).isEqualTo("29/02/2028");
    }

    @Test
    void anAbsentDateIsEmpty() {
        assertThat(Dates.text(Optional.empty())).isEmpty();
        assertThat(Dates.iso(Optional.empty())).isEmpty();
        assertThat(Dates.text(Optional.of(LocalDate.of(2025, 11, 30)))).isEqualTo("30/11/2025");
        assertThat(Dates.iso(Optional.of(LocalDate.of(2025, 11, 30)))).isEqualTo("2025-11-30");
    }

    @Test
    void usesLatinDigitsEvenWhenTheJvmRunsInAnotherLocale() {
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : new Locale[] {Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("th-TH-u-nu-thai"),
                Locale.forLanguageTag("vi-VN"), Locale.forLanguageTag("hi-IN-u-nu-deva")}) {
                Locale.setDefault(locale);
                assertThat(Dates.text(LocalDate.of(2025, 10, 6))).as(locale.toLanguageTag()).isEqualTo("06/10/2025");
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
