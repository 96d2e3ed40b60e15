package vn.campaignkit.desk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.testsite.LanguageSites;

/** The desk on a site in Vietnamese and English: translations beside their originals, started from them, previewed at /en/. */
class DeskTranslationsTest {
    private static final String NEW_TIP = "---\ntitle: \"Lưu bằng chứng\"\naudience: [học sinh]\n---\nChụp màn hình tin nhắn.\n";

    @TempDir
    Path site;

    @Test
    void theListPutsEachTranslationUnderItsOriginalWithItsLanguage() throws IOException {
        LanguageSites.write(site);
        try (RunningDesk desk = RunningDesk.on(site)) {
            JsonNode state = desk.json(desk.get("api/state"));
            assertThat(state.path("languages").toString()).isEqualTo("[{\"code\":\"en\",\"name\":\"English\"}]");
            List<String> tips = new ArrayList<>();
            List<String> home = new ArrayList<>();
            for (JsonNode f : desk.json(desk.get("api/files")).path("files")) {
                if (f.path("kind").asText().equals("home")) {
                    home.add(f.path("path").asText() + " " + f.path("language").asText());
                }
                if (f.path("kind").asText().equals("tip")) {
                    tips.add(f.path("path").asText() + " " + f.path("language").asText() + " " + f.path("original").asText());
                }
            }
            assertThat(home).containsExactly("content/index.md ", "content/index.en.md en");
            assertThat(tips).containsExactly("content/tips/goi-111.md  content/tips/goi-111.md",
                    "content/tips/goi-111.en.md en content/tips/goi-111.md");
            JsonNode original = desk.json(desk.get("api/file/content/tips/goi-111.md"));
            assertThat(original.path("language").asText()).isEmpty();
            assertThat(original.path("translations").toString())
                    .isEqualTo("[{\"code\":\"en\",\"name\":\"English\",\"path\":\"content/tips/goi-111.en.md\",\"exists\":true}]");
            JsonNode translation = desk.json(desk.get("api/file/content/tips/goi-111.en.md"));
            assertThat(translation.path("languageName").asText()).isEqualTo("English");
            assertThat(translation.path("original").asText()).isEqualTo("content/tips/goi-111.md");
            assertThat(translation.path("translations").size()).isZero();
        }
    }

    @Test
    void theLinkPickerOffersThePagesOfTheEditedFilesLanguage() throws IOException {
        LanguageSites.write(site);
        try (RunningDesk desk = RunningDesk.on(site)) {
            List<String> english = afterFirstBuild(desk, "api/pages?for=content/tips/goi-111.en.md");
            assertThat(english).contains("/en/tips/goi-111/", "/en/").allMatch(url -> url.startsWith("/en/"));
            List<String> vietnamese = urls(desk.json(desk.get("api/pages?for=content/tips/goi-111.md")));
            assertThat(vietnamese).contains("/tips/goi-111/").noneMatch(url -> url.startsWith("/en/"));
        }
    }

    private static List<String> urls(JsonNode answer) {
        List<String> urls = new ArrayList<>();
        answer.path("pages").forEach(page -> urls.add(page.path("url").asText()));
        return urls;
    }

    /** The pages offered once the desk's first build is done (it answers before: the list is empty until then). */
    private static List<String> afterFirstBuild(RunningDesk desk, String route) throws IOException {
        for (int tries = 0; tries < 600; tries++) {
            List<String> urls = urls(desk.json(desk.get(route)));
            if (!urls.isEmpty()) {
                return urls;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the desk's first build did not finish within a minute");
    }

    @Test
    void translatingStartsTheEnglishFileFromTheOriginalOnceAndOnlyWithTheToken() throws IOException {
        LanguageSites.write(site).write("content/tips/luu-bang-chung.md", NEW_TIP);
        try (RunningDesk desk = RunningDesk.on(site)) {
            assertThat(desk.json(desk.get("api/file/content/tips/luu-bang-chung.md")).path("translations").get(0).path("exists").asBoolean())
                    .isFalse();
            DeskHttp foreign = desk.send("POST", "api/translate",
                    RunningDesk.JSON.writeValueAsBytes(Map.of("path", "content/tips/luu-bang-chung.md", "lang", "en")), Map.of("X-CK-Token", "sai"));
            assertThat(foreign.status()).isEqualTo(403);
            assertThat(desk.file("content/tips/luu-bang-chung.en.md")).doesNotExist();

            DeskHttp made = desk.post("api/translate", Map.of("path", "content/tips/luu-bang-chung.md", "lang", "en"));
            assertThat(made.status()).as(made.body()).isEqualTo(200);
            assertThat(desk.json(made).path("path").asText()).isEqualTo("content/tips/luu-bang-chung.en.md");
            assertThat(desk.read("content/tips/luu-bang-chung.en.md")).isEqualTo("---\n# Bản dịch (en) của content/tips/luu-bang-chung.md: "
                    + "dịch các dòng chữ và phần nội dung, giữ nguyên tên các khoá.\ntitle: \"Lưu bằng chứng\"\naudience: [học sinh]\n---\n"
                    + "Chụp màn hình tin nhắn.\n");
            String written = desk.read("content/tips/luu-bang-chung.en.md");
            DeskHttp again = desk.post("api/translate", Map.of("path", "content/tips/luu-bang-chung.md", "lang", "en"));
            assertThat(again.status()).isEqualTo(409);
            assertThat(desk.json(again).path("path").asText()).isEqualTo("content/tips/luu-bang-chung.en.md");
            assertThat(desk.read("content/tips/luu-bang-chung.en.md")).isEqualTo(written);
            assertThat(desk.post("api/translate", Map.of("path", "content/tips/luu-bang-chung.md", "lang", "fr")).status()).isEqualTo(409);
            assertThat(desk.post("api/translate", Map.of("path", "../site.yaml", "lang", "en")).status()).isEqualTo(400);
            assertThat(desk.file("content/tips/luu-bang-chung.fr.md")).doesNotExist();
        }
    }

    @Test
    void aTranslationsDraftIsPreviewedAtItsEnglishPageAndItsPageIsUnderEn() throws IOException, InterruptedException {
        LanguageSites.write(site);
        try (RunningDesk desk = RunningDesk.on(site)) {
            String text = desk.read("content/tips/goi-111.en.md").replace("Call 111 when threatened", "Call 111, draft not saved");
            JsonNode draft = desk.json(desk.post("api/draft", Map.of("path", "content/tips/goi-111.en.md", "text", text)));
            String preview = draft.path("preview").asText();
            assertThat(preview).matches("/en/tips/goi-111/\\?ck-draft=[0-9a-f]{24}");
            String html = DeskHttp.send(desk.port(), "GET", preview, Map.of(), null).body();
            assertThat(html).contains("Call 111, draft not saved").contains("lang=\"en\"");
            assertThat(desk.read("content/tips/goi-111.en.md")).contains("Call 111 when threatened");

            JsonNode file = desk.json(desk.get("api/file/content/tips/goi-111.en.md"));
            long end = System.currentTimeMillis() + 60_000;
            while (file.path("page").isNull() && System.currentTimeMillis() < end) {
                Thread.sleep(200);
                file = desk.json(desk.get("api/file/content/tips/goi-111.en.md"));
            }
            assertThat(file.path("page").asText()).isEqualTo("/en/tips/goi-111/");
            assertThat(DeskHttp.send(desk.port(), "GET", "/en/tips/goi-111/", Map.of(), null).body()).contains("Call 111 when threatened");
        }
    }
}
