package vn.campaignkit.source.table;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A small .xlsx written part by part, the way Excel lays one out (workbook, relationships, styles with a date
 * format, shared strings, one worksheet per sheet), so a test controls exactly what each cell holds: shared or
 * inline text, numbers, dates, booleans, formulas with or without a saved result, error values, merged ranges
 * and hidden sheets.
 */
public final class TestWorkbook {
    /** Style 1: a custom date format; 2: Excel's built-in date (14); 3: text ("@"). */
    public static final int DATE = 1;
    public static final int BUILT_IN_DATE = 2;
    public static final int TEXT = 3;

    private final Map<String, Sheet> sheets = new LinkedHashMap<>();
    private final List<String> shared = new ArrayList<>();

    public final class Sheet {
        private final String state;
        private final Map<Integer, StringBuilder> rows = new java.util.TreeMap<>();
        private final List<String> merged = new ArrayList<>();

        private Sheet(String state) {
            this.state = state;
        }

        private Sheet cell(String ref, String xml) {
            int row = Integer.parseInt(ref.replaceAll("[A-Z]", ""));
            rows.computeIfAbsent(row, r -> new StringBuilder()).append(xml);
            return this;
        }

        /** A shared string, as Excel and LibreOffice store text. */
        public Sheet text(String ref, String text) {
            int index = shared.indexOf(text);
            if (index < 0) {
                shared.add(text);
                index = shared.size() - 1;
            }
            return cell(ref, "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>");
        }

        /** An inline string, as some exporting programs write text. */
        public Sheet inlineText(String ref, String text) {
            return cell(ref, "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text) + "</t></is></c>");
        }

        /** Text in a row of cells from column A. */
        public Sheet row(int row, String... texts) {
            for (int i = 0; i < texts.length; i++) {
                if (!texts[i].isEmpty()) {
                    text(column(i) + row, texts[i]);
                }
            }
            return this;
        }

        public Sheet number(String ref, String value) {
            return cell(ref, "<c r=\"" + ref + "\"><v>" + value + "</v></c>");
        }

        public Sheet styledNumber(String ref, String value, int style) {
            return cell(ref, "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>");
        }

        public Sheet bool(String ref, boolean value) {
            return cell(ref, "<c r=\"" + ref + "\" t=\"b\"><v>" + (value ? 1 : 0) + "</v></c>");
        }

        /** A formula whose text result was saved (what Excel and LibreOffice write). */
        public Sheet formulaText(String ref, String formula, String result) {
            return cell(ref, "<c r=\"" + ref + "\" t=\"str\"><f>" + escape(formula) + "</f><v>" + escape(result) + "</v></c>");
        }

        /** A formula with a saved numeric result. */
        public Sheet formulaNumber(String ref, String formula, String result) {
            return cell(ref, "<c r=\"" + ref + "\"><f>" + escape(formula) + "</f><v>" + result + "</v></c>");
        }

        /** A formula without a saved result (written by a program that does not calculate). */
        public Sheet formulaUncalculated(String ref, String formula) {
            return cell(ref, "<c r=\"" + ref + "\"><f>" + escape(formula) + "</f></c>");
        }

        public Sheet error(String ref, String error) {
            return cell(ref, "<c r=\"" + ref + "\" t=\"e\"><v>" + escape(error) + "</v></c>");
        }

        /** An empty cell that only carries formatting, as Excel keeps them. */
        public Sheet formatted(String ref) {
            return cell(ref, "<c r=\"" + ref + "\" s=\"" + TEXT + "\"/>");
        }

        public Sheet merge(String range) {
            merged.add(range);
            return this;
        }

        private String xml() {
            StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheetData>");
            rows.forEach((r, cells) -> x.append("<row r=\"").append(r).append("\">").append(cells).append("</row>"));
            x.append("</sheetData>");
            if (!merged.isEmpty()) {
                x.append("<mergeCells count=\"").append(merged.size()).append("\">");
                merged.forEach(m -> x.append("<mergeCell ref=\"").append(m).append("\"/>"));
                x.append("</mergeCells>");
            }
            return x.append("<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" header=\"0.3\" footer=\"0.3\"/></worksheet>")
                    .toString();
        }
    }

    public Sheet sheet(String name) {
        return sheets.computeIfAbsent(name, n -> new Sheet("visible"));
    }

    public Sheet hiddenSheet(String name) {
        return sheets.computeIfAbsent(name, n -> new Sheet("hidden"));
    }

    public static String column(int index) {
        return vn.campaignkit.problem.Problem.columnLetters(index + 1);
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>");
            StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
            StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                    + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>");
            int n = 0;
            for (Map.Entry<String, Sheet> e : sheets.entrySet()) {
                n++;
                types.append("<Override PartName=\"/xl/worksheets/sheet").append(n)
                        .append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
                rels.append("<Relationship Id=\"rId").append(n).append("\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
                        + " Target=\"worksheets/sheet").append(n).append(".xml\"/>");
                book.append("<sheet name=\"").append(escape(e.getKey())).append("\" sheetId=\"").append(n).append("\"")
                        .append(e.getValue().state.equals("visible") ? "" : " state=\"" + e.getValue().state + "\"")
                        .append(" r:id=\"rId").append(n).append("\"/>");
                put(zip, "xl/worksheets/sheet" + n + ".xml", e.getValue().xml());
            }
            rels.append("<Relationship Id=\"rIdS\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>"
                    + "<Relationship Id=\"rIdT\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
                    + "</Relationships>");
            put(zip, "[Content_Types].xml", types.append("</Types>").toString());
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            put(zip, "xl/workbook.xml", book.append("</sheets></workbook>").toString());
            put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
            put(zip, "xl/styles.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts>"
                    + "<fonts count=\"1\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                    + "<fills count=\"1\"><fill><patternFill patternType=\"none\"/></fill></fills>"
                    + "<borders count=\"1\"><border/></borders>"
                    + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                    + "<cellXfs count=\"4\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"14\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>"
                    + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                    + "</styleSheet>");
            StringBuilder strings = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"" + shared.size()
                    + "\" uniqueCount=\"" + shared.size() + "\">");
            shared.forEach(s -> strings.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>"));
            put(zip, "xl/sharedStrings.xml", strings.append("</sst>").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(xml.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
