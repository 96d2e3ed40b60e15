package vn.campaignkit.derive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/** A contest's calendar file describes it in the reader's words: its summary, then the deadline as 15/11/2025. */
class CalendarPlannerTest {
    @TempDir
    Path dir;

    private static String unfolded(Path ics) throws IOException {
        return Files.readString(ics, StandardCharsets.UTF_8).replace("\r\n ", "");
    }

    @Test
    void theDescriptionIsTheSummaryThenTheDeadlineInVietnameseDateOrder() throws IOException {
        MicroSite site = MicroSite.in(dir)
                .write("content/contests/ve-tranh.md", "---\ntitle: Vẽ tranh\nsummary: \"Vẽ về an toàn trên mạng, khổ A3.\"\n"
                        + "start: 2025-10-01\ndeadline: 2025-11-15\n---\nThể lệ.\n")
                .write("content/contests/viet-bai.md", "---\ntitle: Viết bài\nstart: 2025-10-01\ndeadline: 2025-12-01\n---\nThể lệ.\n");
        site.build("--base-url", "https://khongmotminh.example.org/").succeeds();
        assertThat(unfolded(site.output().resolve("contests/ve-tranh/ve-tranh.ics")))
                .contains("\r\nDESCRIPTION:Vẽ về an toàn trên mạng\\, khổ A3.\\nHạn nộp bài: 15/11/2025\r\n")
                .contains("\r\nUID:contest-ve-tranh@khongmotminh.example.org\r\n")
                .contains("\r\nURL:https://khongmotminh.example.org/contests/ve-tranh/\r\n");
        assertThat(unfolded(site.output().resolve("contests/viet-bai/viet-bai.ics")))
                .contains("\r\nDESCRIPTION:Hạn nộp bài: 01/12/2025\r\n");
    }
}
