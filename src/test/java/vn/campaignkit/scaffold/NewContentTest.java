package vn.campaignkit.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.FrontMatterSplitter;
import vn.campaignkit.source.TextDecoder;
import vn.campaignkit.source.YamlNode;
import vn.campaignkit.source.YamlReader;

class NewContentTest {
    private static final Clock NOV_20 = Clock.fixed(Instant.parse("2025-11-20T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String TITLE = "Cảnh giác với lời mời việc nhẹ lương cao";

    @TempDir
    Path site;
    private NewContent scaffold;

    @BeforeEach
    void site() throws IOException {
        Files.writeString(site.resolve("site.yaml"), "title: Thử\n");
        scaffold = new NewContent(site, NOV_20);
    }

    private static Map<String, String> frontMatter(Path file) throws IOException {
        Problems problems = new Problems();
        String text = TextDecoder.decode("x.md", Files.readAllBytes(file), problems).orElseThrow();
        var split = FrontMatterSplitter.split("x.md", text, problems).orElseThrow();
        YamlNode.Mapping mapping = YamlReader.readMapping("x.md", split.yaml(), split.yamlFirstLine(), problems).orElseThrow();
        assertThat(problems.sorted()).isEmpty();
        Map<String, String> values = new TreeMap<>();
        for (YamlNode.Entry entry : mapping.entries()) {
            values.put(entry.key(), entry.value() instanceof YamlNode.Scalar scalar ? scalar.text() : entry.value().describe());
        }
        return values;
    }

    private Path created(ContentKind kind, String title) throws IOException {
        NewContent.Outcome outcome = scaffold.create(kind, title);
        assertThat(outcome).isInstanceOf(NewContent.Outcome.Created.class);
        return ((NewContent.Outcome.Created) outcome).file();
    }

    @Test
    void namesTheFileAfterTheVietnameseTitle() throws IOException {
        Path file = created(ContentKind.TIP, TITLE);
        assertThat(site.relativize(file).toString()).isEqualTo("content/tips/canh-giac-voi-loi-moi-viec-nhe-luong-cao.md");
        assertThat(frontMatter(file)).containsEntry("title", TITLE).containsEntry("date", "2025-11-20");
    }

    @Test
    void slugTurnsDStrokeIntoD() {
        assertThat(NewContent.fileSlug("Đừng đi một mình — ĐỌC KỸ!")).isEqualTo("dung-di-mot-minh-doc-ky");
        assertThat(NewContent.fileSlug("  Gọi 111 (miễn phí, 24/7)  ")).isEqualTo("goi-111-mien-phi-24-7");
        assertThat(NewContent.fileSlug("Mẹo số 1".repeat(30))).hasSizeLessThanOrEqualTo(NewContent.MAX_SLUG_LENGTH).doesNotEndWith("-");
    }

    @ParameterizedTest
    @EnumSource(ContentKind.class)
    void writesEveryKindIntoItsFolderWithReadableFrontMatter(ContentKind kind) throws IOException {
        Path file = created(kind, "Không một mình");
        assertThat(site.relativize(file).toString().replace('\\', '/')).isEqualTo(kind.folder() + "/khong-mot-minh.md");
        Map<String, String> values = frontMatter(file);
        assertThat(values).containsEntry("title", "Không một mình");
        switch (kind) {
            case TIP, POST -> assertThat(values).containsEntry("date", "2025-11-20");
            case CONTEST -> assertThat(values).containsEntry("start", "2025-11-20").containsEntry("deadline", "2025-12-20");
            case HASHTAG -> assertThat(values).containsEntry("hashtag", "#khongmotminh");
            case SCHOOL -> assertThat(values).containsKey("province");
            case PAGE -> assertThat(values).containsOnlyKeys("title");
            case QUIZ -> assertThat(values).containsKey("questions");
            case SCENARIO -> assertThat(values).containsKeys("start", "scenes");
        }
    }

    /** A new quiz or scenario is a working one from the start: the site checks clean with it. */
    @ParameterizedTest
    @EnumSource(value = ContentKind.class, names = {"QUIZ", "SCENARIO"})
    void aNewQuizOrScenarioChecksClean(ContentKind kind) throws IOException {
        created(kind, "Thử sức");
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        int exit = vn.campaignkit.cli.Main.run(new String[] {"check", "--source", site.toString(), "--now", "2025-11-20"},
                new java.io.PrintStream(new java.io.ByteArrayOutputStream(), true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(exit).as(err.toString(java.nio.charset.StandardCharsets.UTF_8)).isZero();
    }

    @ParameterizedTest
    @EnumSource(ContentKind.class)
    void refusesToOverwriteAnExistingFileOfEveryKind(ContentKind kind) throws IOException {
        Path file = created(kind, "Bài cũ");
        Files.writeString(file, "nội dung của biên tập viên");
        NewContent.Outcome second = scaffold.create(kind, "Bài cũ");
        assertThat(second).isInstanceOf(NewContent.Outcome.Refused.class);
        var problem = ((NewContent.Outcome.Refused) second).problems().get(0);
        assertThat(problem.format()).startsWith(kind.folder() + "/bai-cu.md:1:1: error: a file with this name already exists");
        assertThat(Files.readString(file)).isEqualTo("nội dung của biên tập viên");
    }

    @Test
    void refusesWhenASchoolWithTheSameNameSitsInAProvinceFolder() throws IOException {
        Path existing = site.resolve("content/schools/hai-phong/thcs-le-loi.md");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "---\ntitle: THCS Lê Lợi\n---\n");
        NewContent.Outcome outcome = scaffold.create(ContentKind.SCHOOL, "THCS Lê Lợi");
        assertThat(((NewContent.Outcome.Refused) outcome).problems().get(0).path()).isEqualTo("content/schools/hai-phong/thcs-le-loi.md");
        assertThat(site.resolve("content/schools/thcs-le-loi.md")).doesNotExist();
    }

    @Test
    void keepsQuotesAndColonsOfTheTitleIntact() throws IOException {
        String title = "Mẹo \"nhỏ\": đừng bấm link lạ \\ nhé #antoan";
        assertThat(frontMatter(created(ContentKind.POST, title))).containsEntry("title", title);
    }

    @Test
    void usesTheSiteArchetypeOverTheBuiltInOne() throws IOException {
        Path archetype = site.resolve("templates/archetypes/tip.md");
        Files.createDirectories(archetype.getParent());
        Files.writeString(archetype, "---\ntitle: \"{{title}}\"\ndate: {{date}}\nsummary: \"Về {{ title }}\"\n---\n\n# {{title}}\n");
        Path file = created(ContentKind.TIP, "Gọi \"111\"");
        assertThat(frontMatter(file)).containsEntry("summary", "Về Gọi \"111\"");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).endsWith("\n# Gọi \"111\"\n");
    }

    @Test
    void reportsAnUnknownPlaceholderInTheSiteArchetypeAtItsLineAndColumn() throws IOException {
        Path archetype = site.resolve("templates/archetypes/page.md");
        Files.createDirectories(archetype.getParent());
        Files.writeString(archetype, "---\ntitle: \"{{title}}\"\nauthor: \"{{tac_gia}}\"\n---\n");
        NewContent.Outcome outcome = scaffold.create(ContentKind.PAGE, "Giới thiệu");
        assertThat(((NewContent.Outcome.Refused) outcome).problems().get(0).format())
                .startsWith("templates/archetypes/page.md:3:10: error: unknown placeholder {{tac_gia}} (hint: use one of {{date}}");
        assertThat(site.resolve("content/pages/gioi-thieu.md")).doesNotExist();
    }

    @Test
    void reportsASiteArchetypeThatBreaksTheFrontMatter() throws IOException {
        Path archetype = site.resolve("templates/archetypes/page.md");
        Files.createDirectories(archetype.getParent());
        Files.writeString(archetype, "---\ntitle: {{title}}\n  summary: thụt lề sai\n---\n");
        NewContent.Outcome outcome = scaffold.create(ContentKind.PAGE, "Hỏi đáp");
        assertThat(((NewContent.Outcome.Refused) outcome).problems().get(0).path()).isEqualTo("templates/archetypes/page.md");
        assertThat(site.resolve("content/pages/hoi-dap.md")).doesNotExist();
    }

    @Test
    void anUnquotedPlaceholderTakesATitleWithColonHashOrYes() throws IOException {
        Path archetype = site.resolve("templates/archetypes/page.md");
        Files.createDirectories(archetype.getParent());
        Files.writeString(archetype, "---\ntitle: {{title}}\n---\n");
        assertThat(frontMatter(created(ContentKind.PAGE, "Hỏi: đáp #1"))).containsEntry("title", "Hỏi: đáp #1");
        assertThat(frontMatter(created(ContentKind.PAGE, "yes"))).containsEntry("title", "yes");
        assertThat(Files.readString(site.resolve("content/pages/yes.md"))).isEqualTo("---\ntitle: \"yes\"\n---\n");
    }

    @Test
    void refusesAPlaceholderInsideAnUnquotedValue() throws IOException {
        Path archetype = site.resolve("templates/archetypes/page.md");
        Files.createDirectories(archetype.getParent());
        Files.writeString(archetype, "---\ntitle: {{title}}\nsummary: Về {{title}}\n---\n");
        NewContent.Outcome outcome = scaffold.create(ContentKind.PAGE, "Giới thiệu");
        assertThat(((NewContent.Outcome.Refused) outcome).problems().get(0).format())
                .startsWith("templates/archetypes/page.md:3:13: error: the placeholder {{title}} is part of an unquoted value");
        assertThat(site.resolve("content/pages/gioi-thieu.md")).doesNotExist();
    }

    /** The built-in tip archetype, filled in: values by the YAML library, the comment lines kept word for word. */
    @Test
    void keepsTheArchetypeCommentsAndWritesTheValuesAsYaml() throws IOException {
        String text = Files.readString(created(ContentKind.TIP, "Mật khẩu: đừng dùng \"123456\""), StandardCharsets.UTF_8);
        assertThat(text).startsWith("""
                ---
                title: "Mật khẩu: đừng dùng \\"123456\\""
                date: 2025-11-20
                # Dòng bắt đầu bằng # là ghi chú, không hiện trên trang. Bỏ dấu # đầu dòng để dùng khoá đó.
                # summary: "Một câu tóm tắt, hiện trong danh sách mẹo"
                """);
        String hashtag = Files.readString(created(ContentKind.HASHTAG, "Không một mình"), StandardCharsets.UTF_8);
        assertThat(hashtag).contains("\nhashtag: \"#khongmotminh\"\n")
                .contains("\n# caption: \"Câu chia sẻ sẵn để người xem sao chép, kèm #khongmotminh\"\n");
    }

    @Test
    void refusesATitleWithoutLettersOrAFolderThatIsNoSite(@TempDir Path empty) throws IOException {
        assertThat(scaffold.create(ContentKind.TIP, "!!! ???")).isInstanceOf(NewContent.Outcome.Refused.class);
        assertThat(scaffold.create(ContentKind.TIP, "hai\ndòng")).isInstanceOf(NewContent.Outcome.Refused.class);
        NewContent.Outcome nowhere = new NewContent(empty, NOV_20).create(ContentKind.TIP, TITLE);
        assertThat(((NewContent.Outcome.Refused) nowhere).problems().get(0).message()).contains("does not look like a site");
        assertThat(empty.resolve("content")).doesNotExist();
    }
}
