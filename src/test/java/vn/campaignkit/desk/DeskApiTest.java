package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.MicroSite;

/** The desk's API on small sites: drafts render without writing, problems come with positions, new files and sites. */
class DeskApiTest {
    private static final String CONTEST = "---\ntitle: \"Vẽ tranh\"\nstart: 2025-10-06\ndeadline: 2025-11-30\n---\nThể lệ cuộc thi.\n";

    @TempDir
    Path temp;

    @Test
    void aDraftIsRenderedAtItsPageWithoutTouchingTheFile() throws IOException {
        Path site = temp.resolve("site");
        MicroSite.in(site).write("content/contests/ve-tranh.md", CONTEST);
        try (RunningDesk desk = RunningDesk.on(site)) {
            DeskHttp answer = desk.post("api/draft", Map.of("path", "content/contests/ve-tranh.md",
                    "text", CONTEST.replace("Thể lệ cuộc thi.", "Thể lệ mới, chưa lưu.")));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode draft = desk.json(answer);
            String preview = draft.path("preview").asText();
            assertThat(preview).matches("/contests/ve-tranh/\\?ck-draft=[0-9a-f]{24}");
            assertThat(DeskHttp.send(desk.port(), "GET", preview, Map.of(), null).body()).contains("Thể lệ mới, chưa lưu.");
            assertThat(DeskHttp.send(desk.port(), "GET", "/contests/ve-tranh/?ck-draft=000000000000000000000000", Map.of(), null).body())
                    .contains("Thể lệ cuộc thi.").doesNotContain("chưa lưu");
            assertThat(DeskHttp.send(desk.port(), "GET", preview.replace("ve-tranh", "khac"), Map.of(), null).body())
                    .doesNotContain("chưa lưu");
            assertThat(desk.read("content/contests/ve-tranh.md")).isEqualTo(CONTEST);
            assertThat(draft.path("problems").size()).isZero();
        }
    }

    @Test
    void aDraftsProblemsCarryTheirLineAndTheFormKnowsWhichKeyIsThere() throws IOException {
        Path site = temp.resolve("site");
        MicroSite.in(site).write("content/contests/ve-tranh.md", CONTEST);
        try (RunningDesk desk = RunningDesk.on(site)) {
            JsonNode draft = desk.json(desk.post("api/draft", Map.of("path", "content/contests/ve-tranh.md",
                    "text", CONTEST.replace("deadline: 2025-11-30", "deadline: 2025-13-01"))));
            JsonNode problem = draft.path("problems").get(0);
            assertThat(problem.path("line").asInt()).isEqualTo(4);
            assertThat(problem.path("message").asText()).contains("is not a date");
            assertThat(problem.path("hint").asText()).contains("YYYY-MM-DD");
            assertThat(draft.path("outline").path("lines").path("deadline").asInt()).isEqualTo(4);
            assertThat(draft.path("outline").path("bodyLine").asInt()).isEqualTo(6);
            assertThat(draft.has("preview")).isFalse();
        }
    }

    @Test
    void aDraftWithFormChangesRewritesOnlyThoseKeys() throws IOException {
        Path site = temp.resolve("site");
        MicroSite.in(site).write("content/contests/ve-tranh.md", CONTEST.replace("---\nThể", "# ghi chú\n---\nThể"));
        try (RunningDesk desk = RunningDesk.on(site)) {
            JsonNode draft = desk.json(desk.post("api/draft", Map.of("path", "content/contests/ve-tranh.md",
                    "text", desk.read("content/contests/ve-tranh.md"), "changes", Map.of("ages", "12–18 tuổi"))));
            assertThat(draft.path("content").asText()).isEqualTo(
                    "---\ntitle: \"Vẽ tranh\"\nstart: 2025-10-06\ndeadline: 2025-11-30\n# ghi chú\nages: 12–18 tuổi\n---\nThể lệ cuộc thi.\n");
        }
    }

    @Test
    void aFolderWithoutASiteIsOfferedANewOneOnce() throws IOException {
        Path empty = temp.resolve("trong");
        Files.createDirectories(empty);
        try (RunningDesk desk = RunningDesk.on(empty)) {
            assertThat(desk.json(desk.get("api/state")).path("hasSite").asBoolean()).isFalse();
            DeskHttp made = desk.post("api/new-site", Map.of());
            assertThat(made.status()).isEqualTo(200);
            assertThat(empty.resolve("site.yaml")).isRegularFile();
            assertThat(empty.resolve("content/index.md")).isRegularFile();
            assertThat(desk.json(desk.get("api/state")).path("hasSite").asBoolean()).isTrue();
            String before = Files.readString(empty.resolve("site.yaml"));
            assertThat(desk.post("api/new-site", Map.of()).status()).isEqualTo(409);
            assertThat(Files.readString(empty.resolve("site.yaml"))).isEqualTo(before);
        }
    }

    @Test
    void creatingAFileThatExistsOffersToOpenIt() throws IOException {
        Path site = temp.resolve("site");
        MicroSite.in(site).write("content/contests/ve-tranh.md", CONTEST);
        try (RunningDesk desk = RunningDesk.on(site)) {
            DeskHttp answer = desk.post("api/create", Map.of("kind", "contest", "values", Map.of("title", "Vẽ tranh")));
            assertThat(answer.status()).isEqualTo(409);
            assertThat(desk.json(answer).path("path").asText()).isEqualTo("content/contests/ve-tranh.md");
            assertThat(desk.read("content/contests/ve-tranh.md")).isEqualTo(CONTEST);
            DeskHttp created = desk.post("api/create", Map.of("kind", "contest", "values",
                    Map.of("title", "Viết thư", "deadline", "2025-12-31", "categories", java.util.List.of("Thư tay", "Thư điện tử"))));
            assertThat(created.status()).as(created.body()).isEqualTo(200);
            String text = desk.read("content/contests/viet-thu.md");
            assertThat(text).startsWith("---\ntitle: Viết thư\n").contains("deadline: 2025-12-31\n")
                    .contains("categories: [Thư tay, Thư điện tử]").doesNotContain("# categories:");
            assertThat(desk.json(desk.get("api/slug?kind=contest&title=Vi%E1%BA%BFt%20th%C6%B0")).path("exists").asBoolean()).isTrue();
        }
    }

    @Test
    void aWorkbookIsShownReadOnlyWithItsProblemsByCell() throws IOException {
        Path site = temp.resolve("site");
        vn.campaignkit.source.table.TestWorkbook book = new vn.campaignkit.source.table.TestWorkbook();
        book.sheet("Danh sách").row(1, "Tên trường", "Tỉnh/Thành phố").row(2, "Trường THCS Mẫu", "Hà Nội").row(3, "Trường THPT Mẫu", "");
        MicroSite.in(site).writeBytes("data/schools.xlsx", book.bytes());
        try (RunningDesk desk = RunningDesk.on(site)) {
            long end = System.currentTimeMillis() + 60_000;
            JsonNode file = desk.json(desk.get("api/file/data/schools.xlsx"));
            while (file.path("problems").isEmpty() && System.currentTimeMillis() < end) {
                file = desk.json(desk.get("api/file/data/schools.xlsx"));
            }
            assertThat(file.path("text").asBoolean()).isFalse();
            assertThat(file.has("content")).isFalse();
            JsonNode problem = file.path("problems").get(0);
            assertThat(problem.path("sheet").asText()).isEqualTo("Danh sách");
            assertThat(problem.path("line").asInt()).isEqualTo(3);
            assertThat(problem.path("message").asText()).contains("no province");
            DeskHttp save = desk.post("api/save", Map.of("path", "data/schools.xlsx", "text", "x", "version", file.path("version").asText()));
            assertThat(save.status()).isEqualTo(400);
            assertThat(desk.json(desk.get("api/files")).path("files").findValuesAsText("title")).contains("Danh sách trường (schools.xlsx)");
        }
    }

    @Test
    void aTipIsListedByItsTitleEvenWhenItsHashtagHasNoFileOfItsOwn() throws IOException {
        Path site = temp.resolve("site");
        MicroSite.in(site).write("content/tips/vi-tri.md",
                "---\ntitle: \"Chia sẻ vị trí: với gia đình thì có\"\ntags: [quyenriengtu]\n---\nNội dung.\n");
        try (RunningDesk desk = RunningDesk.on(site)) {
            long end = System.currentTimeMillis() + 60_000;
            // the list takes titles from the last build once there is one: wait for it (its site title replaces the folder name)
            while (desk.json(desk.get("api/state")).path("title").asText().equals("site") && System.currentTimeMillis() < end) {
                Thread.onSpinWait();
            }
            assertThat(desk.json(desk.get("api/state")).path("title").asText()).isNotEqualTo("site");
            JsonNode files = desk.json(desk.get("api/files")).path("files");
            JsonNode tip = null;
            for (JsonNode file : files) {
                if (file.path("path").asText().equals("content/tips/vi-tri.md")) {
                    tip = file;
                }
            }
            assertThat(tip).isNotNull();
            assertThat(tip.path("title").asText()).isEqualTo("Chia sẻ vị trí: với gia đình thì có");
            // and its preview beside the editor is the tip's page, not the hashtag's
            assertThat(desk.json(desk.get("api/file/content/tips/vi-tri.md")).path("page").asText()).isEqualTo("/tips/vi-tri/");
        }
    }
}
