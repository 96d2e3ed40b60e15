package vn.campaignkit.render;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * iCalendar (RFC 5545) files: CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * sequence, a stable UID and a DTSTAMP fixed by the build day so rebuilds are identical.
 */
public final class CalendarWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    /** One all-day event (end date inclusive, as editors think of it). */
    public record Event(String uid, String summary, String description, LocalDate first, LocalDate last, String url) {
    }

    private CalendarWriter() {
    }

    public static byte[] calendar(String name, List<Event> events, LocalDate stamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Campaign Kit//Campaign Kit//VI");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + escape(name));
        for (Event e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + stamp.format(DAY) + "T000000Z");
            line(out, "DTSTART;VALUE=DATE:" + e.first().format(DAY));
            line(out, "DTEND;VALUE=DATE:" + e.last().plusDays(1).format(DAY));
            line(out, "SUMMARY:" + escape(e.summary()));
            if (!e.description().isEmpty()) {
                line(out, "DESCRIPTION:" + escape(e.description()));
            }
            if (!e.url().isEmpty()) {
                line(out, "URL:" + e.url());
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toByteArray();
    }

    /** A TEXT value: backslash, ';', ',' and line ends escaped; other control characters, which TEXT forbids, dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7F)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Writes one content line, folded at 75 octets on code-point boundaries. */
    static void line(ByteArrayOutputStream out, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        int lineOctets = 0;
        int limit = 75;
        int i = 0;
        while (i < bytes.length) {
            int len = sequenceLength(bytes[i]);
            if (lineOctets + len > limit) {
                out.write('\r');
                out.write('\n');
                out.write(' ');
                lineOctets = 1;
            }
            out.write(bytes, i, Math.min(len, bytes.length - i));
            lineOctets += len;
            i += len;
        }
        out.write('\r');
        out.write('\n');
    }

    private static int sequenceLength(byte first) {
        int b = first & 0xFF;
        if (b < 0x80) {
            return 1;
        }
        if (b >= 0xF0) {
            return 4;
        }
        if (b >= 0xE0) {
            return 3;
        }
        return 2;
    }
}
