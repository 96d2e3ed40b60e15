package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * iCalendar files (RFC 5545): CRLF lines of at most 75 octets, folded between whole UTF-8 characters, TEXT
 * values escaped, all-day events whose DTEND is the day after the last day.
 */
class CalendarWriterTest {

    private static String calendar(String summary, String description) {
        var event = new CalendarWriter.Event("contest-ve-tranh@khongmotminh.example.org", summary, description,
                LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 15), "https://khongmotminh.example.org/contests/ve-tranh/");
        byte[] bytes = CalendarWriter.calendar("Vẽ tranh", List.of(event), LocalDate.of(2025, 10, 20));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** The physical lines of a calendar, without their CRLF. */
    private static List<String> lines(String ics) {
        assertThat(ics).endsWith("\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\r").doesNotContain("\n");
        return Arrays.asList(ics.substring(0, ics.length() - 2).split("\r\n", -1));
    }

    @Test
    void writesAnAllDayEventEndingTheDayAfterItsLastDay() {
        assertThat(lines(calendar("Vẽ tranh", "Hạn nộp bài: 15/11/2025"))).containsExactly(
                "BEGIN:VCALENDAR",
                "VERSION:2.0",
                "PRODID:-//Campaign Kit//Campaign Kit//VI",
                "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH",
                "X-WR-CALNAME:Vẽ tranh",
                "BEGIN:VEVENT",
                "UID:contest-ve-tranh@khongmotminh.example.org",
                "DTSTAMP:20251020T000000Z",
                "DTSTART;VALUE=DATE:20251001",
                "DTEND;VALUE=DATE:20251116",
                "SUMMARY:Vẽ tranh",
                "DESCRIPTION:Hạn nộp bài: 15/11/2025",
                "URL:https://khongmotminh.example.org/contests/ve-tranh/",
                "TRANSP:TRANSPARENT",
                "END:VEVENT",
                "END:VCALENDAR");
    }

    @Test
    void foldsThreeOctetVietnameseLettersAt75OctetsWithoutSplittingOne() {
        // "SUMMARY:" is 8 octets and "ặ" (U+1EB7) 3: 22 letters fill the first line to 74 octets, a 23rd would make 77.
        List<String> lines = lines(calendar("ặ".repeat(30), ""));
        assertThat(lines).contains("SUMMARY:" + "ặ".repeat(22), " " + "ặ".repeat(8));
    }

    @Test
    void foldsFourOctetCharactersAndContinuationLinesAt75OctetsToo() {
        // 8 + 16 × 4 = 72 octets; a continuation line is the space plus 18 × 4 = 73 octets.
        List<String> lines = lines(calendar("😀".repeat(40), ""));
        assertThat(lines).containsSubsequence("SUMMARY:" + "😀".repeat(16), " " + "😀".repeat(18), " " + "😀".repeat(6));
    }

    @Test
    void foldsPlainAsciiAtExactly75Octets() {
        List<String> lines = lines(calendar("a".repeat(67 + 74 + 5), ""));
        assertThat(lines).containsSubsequence("SUMMARY:" + "a".repeat(67), " " + "a".repeat(74), " " + "a".repeat(5));
    }

    @Test
    void everyLineIsAtMost75OctetsOfWholeUtf8AndUnfoldsToTheValue() throws Exception {
        String summary = "Cuộc thi “Vẽ tranh: Không một mình” – nộp bài trước ngày 15/11/2025 😀 ".repeat(6);
        String ics = calendar(summary, "");
        for (String line : lines(ics)) {
            byte[] octets = line.getBytes(StandardCharsets.UTF_8);
            assertThat(octets.length).as(line).isLessThanOrEqualTo(75);
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(octets));
        }
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("\r\nSUMMARY:" + summary + "\r\n");
    }

    @Test
    void escapesTextValuesAndDropsControlCharacters() {
        assertThat(CalendarWriter.escape("a,b;c\\d\ne\r\u0007f\tg\u007fh")).isEqualTo("a\\,b\\;c\\\\d\\nef\tgh");
        List<String> lines = lines(calendar("Vẽ, viết; kể", "Dòng một\nDòng hai"));
        assertThat(lines).contains("SUMMARY:Vẽ\\, viết\\; kể", "DESCRIPTION:Dòng một\\nDòng hai");
    }

    @Test
    void leavesOutAnEmptyDescriptionAndUrl() {
        var event = new CalendarWriter.Event("campaign@campaignkit.local", "Không một mình", "", LocalDate.of(2025, 10, 6),
                LocalDate.of(2025, 11, 30), "");
        String ics = new String(CalendarWriter.calendar("Không một mình", List.of(event), LocalDate.of(2025, 10, 20)),
                StandardCharsets.UTF_8);
        assertThat(lines(ics)).noneMatch(l -> l.startsWith("DESCRIPTION") || l.startsWith("URL"))
                .contains("DTSTART;VALUE=DATE:20251006", "DTEND;VALUE=DATE:20251201");
    }
}
