package vn.campaignkit.source.table;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Stored numbers read as a spreadsheet shows them: dates by their format, numbers never in exponent form. */
class SpreadsheetValuesTest {
    private static String date(String serial, boolean date1904) {
        return SpreadsheetValues.dateText(new BigDecimal(serial), date1904).orElse("(none)");
    }

    @Test
    void dayNumbersAreDatesInBothDateSystems() {
        assertThat(date("45939", false)).isEqualTo("2025-10-09");
        assertThat(date("44477", true)).as("Mac Excel's 1904 system").isEqualTo("2025-10-09");
        assertThat(date("1", false)).isEqualTo("1900-01-01");
        assertThat(date("59", false)).isEqualTo("1900-02-28");
        assertThat(date("60", false)).as("Lotus 1-2-3's day that never was").isEqualTo("1900-02-29");
        assertThat(date("61", false)).isEqualTo("1900-03-01");
        assertThat(date("45939.75", false)).isEqualTo("2025-10-09 18:00");
        assertThat(date("-1", false)).isEqualTo("(none)");
        assertThat(date("99999999", false)).isEqualTo("(none)");
    }

    @Test
    void numbersReadAsShownWithoutExponentOrFloatingPointNoise() {
        assertThat(SpreadsheetValues.numberText(new BigDecimal("912345678"))).isEqualTo("912345678");
        assertThat(SpreadsheetValues.numberText(new BigDecimal("1.23E9"))).isEqualTo("1230000000");
        assertThat(SpreadsheetValues.numberText(new BigDecimal("0.30000000000000004"))).isEqualTo("0.3");
        assertThat(SpreadsheetValues.numberText(new BigDecimal("2.50"))).isEqualTo("2.5");
        assertThat(SpreadsheetValues.numberText(new BigDecimal("1E-7"))).isEqualTo("0.0000001");
        assertThat(SpreadsheetValues.numberText(new BigDecimal("-0.0"))).isEqualTo("0");
    }

    @Test
    void aFormatIsADateWhenItShowsDayMonthYearOrHour() {
        assertThat(SpreadsheetValues.isDateFormat(14, "mm-dd-yy")).isTrue();
        assertThat(SpreadsheetValues.isDateFormat(14, null)).isTrue();
        assertThat(SpreadsheetValues.isDateFormat(165, "yyyy\\-mm\\-dd")).isTrue();
        assertThat(SpreadsheetValues.isDateFormat(164, "dd/mm/yyyy")).isTrue();
        assertThat(SpreadsheetValues.isDateFormat(166, "[$-42A]d mmmm yyyy")).isTrue();
        assertThat(SpreadsheetValues.isDateFormat(0, "General")).isFalse();
        assertThat(SpreadsheetValues.isDateFormat(null, null)).isFalse();
        assertThat(SpreadsheetValues.isDateFormat(2, "0.00")).isFalse();
        assertThat(SpreadsheetValues.isDateFormat(167, "[Red]#,##0")).isFalse();
        assertThat(SpreadsheetValues.isDateFormat(168, "#,##0 \"đồng/ngày\"")).as("quoted text").isFalse();
        assertThat(SpreadsheetValues.isDateFormat(49, "@")).isFalse();
    }
}
