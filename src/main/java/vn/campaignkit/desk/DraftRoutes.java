package vn.campaignkit.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.scaffold.ContentKind;
import vn.campaignkit.scaffold.NewContent;
import vn.campaignkit.serve.ChangeSet;
import vn.campaignkit.serve.DraftPage;

/**
 * Unsaved text through the real pipeline: {@code api/draft} applies form changes to the front matter, renders
 * the page with the text in place (served to the preview pane under a draft id) and returns the file's
 * problems; {@code api/create} starts a file from its archetype with the form's values and writes it.
 */
final class DraftRoutes {
    private final DeskSite site;

    DraftRoutes(DeskSite site) {
        this.site = site;
    }

    boolean write(DeskExchange request) throws IOException, DeskExchange.TooLarge {
        if (request.route().equals("api/draft")) {
            draft(request);
        } else if (request.route().equals("api/create")) {
            create(request);
        } else {
            return false;
        }
        return true;
    }

    private void draft(DeskExchange request) throws IOException, DeskExchange.TooLarge {
        Optional<JsonNode> body = request.json(FileRoutes.TEXT_LIMIT);
        Optional<EditablePath> file = body.flatMap(b -> EditablePath.of(site.root(), b.path("path").asText("")));
        if (file.isEmpty() || !body.get().path("text").isTextual()) {
            request.error(400, FileRoutes.BAD_PATH);
            return;
        }
        String text = body.get().path("text").asText().replace("\r\n", "\n");
        JsonNode changes = body.get().path("changes");
        if (changes.isObject() && changes.size() > 0) {
            @SuppressWarnings("unchecked")
            Map<String, Object> values = (Map<String, Object>) DeskJson.plain(changes);
            Optional<String> changed = site.frontMatter().apply(file.get().path(), text, values);
            if (changed.isEmpty()) {
                request.error(422, "Phần khai báo đầu tệp (front matter) đang có lỗi nên biểu mẫu chưa sửa được. "
                        + "Hãy sửa trong chế độ tệp gốc.");
                return;
            }
            text = changed.get();
        }
        request.json(200, check(file.get().path(), text));
    }

    /** The text with its outline, its problems and, when it makes a page, the draft page's address. */
    Map<String, Object> check(String path, String text) {
        DraftPage page = site.build().draft(path, TextForm.canonicalBytes(text));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("content", text);
        out.put("outline", path.endsWith(".md") ? FrontMatterOutline.of(path, text).orElse(null) : null);
        List<Problem> own = page.problems().stream().filter(p -> p.path().equals(path)).toList();
        out.put("problems", own);
        out.put("otherProblems", page.problems().size() - own.size());
        if (page.html().isPresent() && page.outputPath().isPresent()) {
            String outputPath = page.outputPath().get();
            String id = site.server().drafts().keep(outputPath, page.html().get());
            String folder = outputPath.endsWith("index.html") ? outputPath.substring(0, outputPath.length() - "index.html".length())
                    : outputPath;
            out.put("preview", "/" + folder + "?ck-draft=" + id);
        }
        return out;
    }

    private void create(DeskExchange request) throws IOException, DeskExchange.TooLarge {
        Optional<JsonNode> body = request.json(FileRoutes.TEXT_LIMIT);
        Optional<ContentKind> kind = body.flatMap(b -> ContentKind.fromWord(b.path("kind").asText("")));
        if (kind.isEmpty() || !body.get().path("values").isObject()) {
            request.error(400, "Loại nội dung không đúng.");
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) DeskJson.plain(body.get().path("values")));
        String title = values.remove("title") instanceof String t ? t : "";
        NewContent.Outcome planned = new NewContent(site.root(), site.clock()).plan(kind.get(), title);
        if (planned instanceof NewContent.Outcome.Refused refused) {
            Problem first = refused.problems().get(0);
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("error", first.message() + (first.hint().isEmpty() ? "" : " (" + first.hint() + ")"));
            answer.put("path", first.path());
            request.json(409, answer);
            return;
        }
        NewContent.Outcome.Planned plan = (NewContent.Outcome.Planned) planned;
        Optional<String> text = values.isEmpty() ? Optional.of(plan.text()) : site.frontMatter().apply(plan.path(), plan.text(), values);
        Optional<EditablePath> file = EditablePath.of(site.root(), plan.path());
        if (text.isEmpty() || file.isEmpty()) {
            request.error(422, "Mẫu bài mới (archetype) của trang này không đọc được; hãy kiểm tra templates/archetypes/.");
            return;
        }
        String bodyText = body.get().path("body").asText("");
        String full = bodyText.isBlank() ? text.get() : withBody(text.get(), bodyText);
        if (!site.files().create(file.get(), TextForm.canonicalBytes(full))) {
            request.json(409, Map.of("error", "Đã có tệp " + plan.path() + "; hãy mở tệp đó hoặc đặt tiêu đề khác.", "path", plan.path()));
            return;
        }
        site.server().changed(ChangeSet.all());
        request.json(200, Map.of("path", plan.path(), "version", FileVersion.of(TextForm.canonicalBytes(full))));
    }

    /** The text with its body (everything after the closing {@code ---}) replaced. */
    private static String withBody(String text, String body) {
        int close = text.indexOf("\n---", 3);
        int end = close < 0 ? -1 : text.indexOf('\n', close + 4);
        String head = end < 0 ? text + "\n" : text.substring(0, end + 1);
        return head + body.replace("\r\n", "\n") + (body.endsWith("\n") ? "" : "\n");
    }
}
