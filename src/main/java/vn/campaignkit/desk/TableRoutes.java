package vn.campaignkit.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.table.CsvTableReader;

/**
 * The schools list as a table: read {@code data/schools.csv} into rows, check rows as they are typed (the
 * schools reader's own row checks, through a draft build), and save them back with the same conflict check as
 * any file. Other list formats are shown with their problems and edited in a spreadsheet program.
 */
final class TableRoutes {
    static final String CSV = "data/schools.csv";
    private final DeskSite site;

    TableRoutes(DeskSite site) {
        this.site = site;
    }

    boolean read(DeskExchange request) throws IOException {
        if (!request.route().equals("api/table")) {
            return false;
        }
        Optional<EditablePath> file = EditablePath.of(site.root(), CSV);
        SiteFiles.Loaded loaded = site.files().load(file.orElseThrow());
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("path", CSV);
        out.put("version", loaded.version());
        out.put("columns", ContentSchema.SCHOOL_ROW);
        Optional<TextForm> form = loaded.bytes().map(TextForm::of);
        Optional<SchoolTable> table = form.isEmpty() ? Optional.of(SchoolTable.empty())
                : SchoolTable.read(form.get().text().replace("\r\n", "\n"));
        out.put("readable", table.isPresent());
        table.ifPresent(t -> {
            out.put("header", t.header());
            out.put("rows", t.rows());
        });
        out.put("canonical", form.map(TextForm::canonical).orElse(true) && table.map(t -> t.separator() == ',').orElse(true));
        out.put("problems", site.server().problems().stream().filter(p -> p.path().startsWith("data/")).toList());
        request.json(200, out);
        return true;
    }

    boolean write(DeskExchange request) throws IOException, DeskExchange.TooLarge {
        String route = request.route();
        if (!route.equals("api/table/check") && !route.equals("api/table/save")) {
            return false;
        }
        Optional<JsonNode> body = request.json(FileRoutes.TEXT_LIMIT);
        Optional<SchoolTable> table = body.flatMap(TableRoutes::table);
        if (table.isEmpty()) {
            request.error(400, "Bảng gửi lên không đọc được.");
            return true;
        }
        String csv = table.get().csv();
        if (route.equals("api/table/check")) {
            request.json(200, new DraftRoutes(site).check(CSV, csv));
            return true;
        }
        EditablePath file = EditablePath.of(site.root(), CSV).orElseThrow();
        boolean convert = body.get().path("convert").asBoolean(false);
        Optional<byte[]> disk = site.files().load(file).bytes();
        if (!convert && disk.isPresent() && CsvTableReader.separator(TextForm.of(disk.get()).text()) == ';') {
            request.json(428, Map.of("needsConsent", true, "error", "Danh sách đang dùng dấu ; giữa các cột (kiểu Excel). "
                    + "Hãy đồng ý chuyển sang dấu phẩy trước khi lưu."));
            return true;
        }
        SiteFiles.Outcome outcome = site.files().saveText(file, csv, body.get().path("version").asText(""), convert);
        new FileRoutes(site).answer(request, file, outcome, "version");
        return true;
    }

    private static Optional<SchoolTable> table(JsonNode json) {
        if (!json.path("header").isArray() || !json.path("rows").isArray()) {
            return Optional.empty();
        }
        List<String> header = new ArrayList<>();
        json.path("header").forEach(h -> header.add(h.asText("")));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : json.path("rows")) {
            List<String> cells = new ArrayList<>();
            row.forEach(c -> cells.add(c.asText("")));
            rows.add(cells);
        }
        return Optional.of(new SchoolTable(header, rows));
    }
}
