package vn.campaignkit.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.scaffold.ContentKind;
import vn.campaignkit.scaffold.NewContent;
import vn.campaignkit.serve.ChangeSet;
import vn.campaignkit.serve.RequestPathGuard;
import vn.campaignkit.source.schema.ContentSchema;

/**
 * The desk's file API: the list of files, one file with its form outline and problems, its history and the
 * trash; and the changes — save, delete, restore an earlier version, take back from the trash — each through
 * {@link SiteFiles}, so each is atomic, conflict-checked and kept in the history.
 */
final class FileRoutes {
    static final int TEXT_LIMIT = 8 * 1024 * 1024;
    static final String BAD_PATH = "Đường dẫn không hợp lệ hoặc nằm ngoài các thư mục được sửa (content/, data/, assets/, site.yaml).";
    private final DeskSite site;

    FileRoutes(DeskSite site) {
        this.site = site;
    }

    boolean read(DeskExchange request) throws IOException {
        String route = request.route();
        if (route.equals("api/files")) {
            List<Problem> problems = site.server().problems();
            request.json(200, Map.of("files", ContentIndex.list(site.root(), site.build().lastSite(), problems),
                    "problems", problems.size(), "editing", site.guard().editing()));
        } else if (route.startsWith("api/file/")) {
            Optional<EditablePath> file = fromRoute(route.substring("api/file/".length()));
            if (file.isEmpty()) {
                request.error(400, BAD_PATH);
            } else {
                request.json(200, describe(file.get()));
            }
        } else if (route.startsWith("api/history/")) {
            Optional<EditablePath> file = fromRoute(route.substring("api/history/".length()));
            String id = request.query().getOrDefault("id", "");
            if (file.isEmpty()) {
                request.error(400, BAD_PATH);
            } else if (id.isEmpty()) {
                request.json(200, Map.of("versions", site.files().history().list(file.get().path())));
            } else {
                Optional<byte[]> bytes = site.files().history().read(file.get().path(), id);
                if (bytes.isEmpty()) {
                    request.error(404, "Không còn phiên bản này.");
                } else {
                    request.json(200, Map.of("id", id, "text", TextForm.of(bytes.get()).text()));
                }
            }
        } else if (route.equals("api/trash")) {
            request.json(200, Map.of("deleted", site.files().trash().list()));
        } else if (route.equals("api/pages")) {
            request.json(200, Map.of("pages", pages(request.query().getOrDefault("for", ""))));
        } else if (route.equals("api/archetype")) {
            request.json(200, Map.of("values", archetypeValues(request.query().getOrDefault("kind", ""))));
        } else if (route.equals("api/slug")) {
            Map<String, String> query = request.query();
            String slug = NewContent.fileSlug(query.getOrDefault("title", "").strip());
            Optional<String> folder = ContentSchema.ofWord(query.getOrDefault("kind", "")).map(k -> k.folder());
            String path = folder.isEmpty() || slug.isEmpty() ? "" : folder.get() + "/" + slug + ".md";
            boolean exists = !path.isEmpty() && Files.exists(site.root().resolve(path), LinkOption.NOFOLLOW_LINKS);
            request.json(200, Map.of("path", path, "exists", exists));
        } else {
            return false;
        }
        return true;
    }

    boolean write(DeskExchange request) throws IOException, DeskExchange.TooLarge {
        String route = request.route();
        if (!List.of("api/save", "api/delete", "api/restore", "api/untrash").contains(route)) {
            return false;
        }
        Optional<JsonNode> body = request.json(TEXT_LIMIT);
        if (body.isEmpty()) {
            request.error(400, "Yêu cầu không đọc được.");
            return true;
        }
        JsonNode json = body.get();
        if (route.equals("api/untrash")) {
            untrash(request, json.path("id").asText(""));
            return true;
        }
        Optional<EditablePath> file = EditablePath.of(site.root(), json.path("path").asText(""));
        if (file.isEmpty()) {
            request.error(400, BAD_PATH);
            return true;
        }
        String base = json.path("version").asText("");
        SiteFiles.Outcome outcome;
        switch (route) {
            case "api/save" -> {
                if (!json.path("text").isTextual() || !SiteFiles.isText(file.get())) {
                    request.error(400, "Chỉ lưu được tệp chữ (.md, .yaml, .csv).");
                    return true;
                }
                outcome = site.files().saveText(file.get(), json.path("text").asText(), base, json.path("convert").asBoolean(false));
            }
            case "api/delete" -> outcome = site.files().delete(file.get(), base);
            default -> {
                Optional<byte[]> old = site.files().history().read(file.get().path(), json.path("id").asText(""));
                if (old.isEmpty()) {
                    request.error(404, "Không còn phiên bản này.");
                    return true;
                }
                outcome = site.files().restore(file.get(), old.get(), base);
            }
        }
        answer(request, file.get(), outcome, route.equals("api/delete") ? "trashId" : "version");
        return true;
    }

    private void untrash(DeskExchange request, String id) throws IOException {
        Optional<Trash.Entry> entry = site.files().trash().entry(id);
        if (entry.isEmpty()) {
            request.error(404, "Tệp này không còn trong thùng rác.");
            return;
        }
        SiteFiles.Outcome outcome = site.files().untrash(entry.get());
        if (outcome instanceof SiteFiles.Outcome.Conflict) {
            request.error(409, "Đã có tệp " + entry.get().path() + "; hãy đổi tên hoặc xoá tệp đó trước khi lấy lại.");
            return;
        }
        site.server().changed(ChangeSet.all());
        request.json(200, Map.of("path", entry.get().path(), "version", ((SiteFiles.Outcome.Done) outcome).version()));
    }

    void answer(DeskExchange request, EditablePath file, SiteFiles.Outcome outcome, String doneKey) throws IOException {
        if (outcome instanceof SiteFiles.Outcome.Done done) {
            site.server().changed(doneKey.equals("trashId") ? ChangeSet.all() : ChangeSet.of(file.path()));
            request.json(200, Map.of(doneKey, done.version(), "path", file.path()));
        } else if (outcome instanceof SiteFiles.Outcome.Conflict conflict) {
            Map<String, Object> answer = new LinkedHashMap<>();
            answer.put("conflict", true);
            answer.put("error", conflict.disk().isPresent() ? "Tệp đã được thay đổi ở nơi khác kể từ khi bạn mở nó."
                    : "Tệp đã bị xoá hoặc đổi tên ở nơi khác kể từ khi bạn mở nó.");
            answer.put("diskVersion", conflict.diskVersion());
            answer.put("diskExists", conflict.disk().isPresent());
            answer.put("diskText", conflict.disk().map(b -> TextForm.of(b).text()).orElse(""));
            request.json(409, answer);
        } else if (outcome instanceof SiteFiles.Outcome.NeedsConsent consent) {
            request.json(428, Map.of("needsConsent", true, "encoding", consent.form().encoding(), "crlf", consent.form().crlf(),
                    "nfc", consent.form().nfc(), "error", "Tệp đang ở dạng khác (mã hoá " + consent.form().encoding()
                            + (consent.form().crlf() ? ", xuống dòng kiểu Windows" : "") + "). Hãy đồng ý chuyển đổi trước khi lưu."));
        }
    }

    /** One file as the desk opens it. */
    private Map<String, Object> describe(EditablePath file) throws IOException {
        SiteFiles.Loaded loaded = site.files().load(file);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", file.path());
        out.put("kind", ContentIndex.kindOf(file.path()));
        out.put("exists", loaded.bytes().isPresent());
        out.put("version", loaded.version());
        out.put("text", SiteFiles.isText(file));
        if (loaded.bytes().isPresent() && SiteFiles.isText(file)) {
            TextForm form = TextForm.of(loaded.bytes().get());
            String text = form.text().replace("\r\n", "\n").replace('\r', '\n');
            out.put("content", text);
            out.put("encoding", form.encoding());
            out.put("crlf", form.crlf());
            out.put("nfc", form.nfc());
            out.put("canonical", form.canonical());
            out.put("outline", file.path().endsWith(".md") ? FrontMatterOutline.of(file.path(), text).orElse(null) : null);
        }
        out.put("problems", site.server().problems().stream().filter(p -> p.path().equals(file.path())).toList());
        out.put("page", pageUrl(file.path()).orElse(null));
        PageLanguages languages = PageLanguages.of(site.root());
        String code = languages.languageOf(file.path());
        out.put("language", code);
        out.put("languageName", code.isEmpty() ? "" : PageLanguages.name(code));
        out.put("original", languages.originalOf(file.path()));
        out.put("translations", languages.translationsOf(site.root(), file.path()));
        return out;
    }

    Optional<String> pageUrl(String path) {
        String code = PageLanguages.of(site.root()).languageOf(path);
        if (!code.isEmpty()) {
            // the translation's page is the original's, under the language's folder (its slug is the original's name)
            return path.startsWith("content/print/") ? Optional.of("/" + code + "/downloads/")
                    : pageUrl(PageLanguages.of(site.root()).originalOf(path)).map(url -> "/" + code + url);
        }
        Optional<Site> model = site.build().lastSite();
        if (path.startsWith("content/print/")) {
            return Optional.of("/downloads/");
        }
        if (path.startsWith("data/")) {
            return Optional.of("/schools/");
        }
        if (path.equals("site.yaml")) {
            return Optional.of("/");
        }
        return model.flatMap(m -> m.allPages().stream().filter(p -> ContentIndex.isMadeByItsFile(p) && p.info().source().equals(path))
                .findFirst())
                .map(p -> "/" + p.route().sitePath());
    }

    /** What a new file of the kind starts with (today's date, a deadline a month away…), for the create form. */
    private Map<String, Object> archetypeValues(String word) throws IOException {
        Optional<ContentKind> kind = ContentKind.fromWord(word);
        if (kind.isEmpty()) {
            return Map.of();
        }
        NewContent.Outcome planned = new NewContent(site.root(), site.clock()).plan(kind.get(), "Tiêu đề tạm");
        if (!(planned instanceof NewContent.Outcome.Planned plan)) {
            return Map.of();
        }
        Map<String, Object> values = new LinkedHashMap<>(FrontMatterOutline.of(plan.path(), plan.text()).map(FrontMatterOutline::values)
                .orElse(Map.of()));
        values.remove("title");
        values.remove("headline");
        return values;
    }

    /** The pages a link in the file {@code forPath} may go to: those of its language ({@code x.en.md}: English). */
    private List<Map<String, String>> pages(String forPath) {
        List<Map<String, String>> out = new ArrayList<>();
        Optional<Site> model = forPath.isEmpty() ? site.build().lastSite() : site.build().lastSiteOf(forPath);
        for (Page page : model.map(Site::allPages).orElse(List.of())) {
            if (ContentIndex.isMadeByItsFile(page)) {
                out.add(Map.of("title", page.title(), "url", "/" + page.route().sitePath(), "kind",
                        ContentIndex.kindOf(page.info().source())));
            }
        }
        return out;
    }

    private Optional<EditablePath> fromRoute(String rawRest) {
        return RequestPathGuard.decodedPath("/" + rawRest).flatMap(p -> EditablePath.of(site.root(), p));
    }
}
