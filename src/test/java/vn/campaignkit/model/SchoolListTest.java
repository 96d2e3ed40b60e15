package vn.campaignkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.table.TestWorkbook;

/**
 * School lists as education departments keep them: the same schools from a LibreOffice workbook, from the CSV
 * another program made of it, and from CSVs as Excel on Windows saves them; every bad cell named by sheet and cell.
 */
class SchoolListTest {
    @TempDir
    Path dir;

    /** What a school page is made of, comparable across formats. */
    private record Seen(String route, String title, String province, Optional<String> district, Optional<String> level,
                        Optional<String> address, Optional<String> hotline, boolean sample) {
        static Seen of(School s) {
            return new Seen(s.route().sitePath(), s.title(), s.province(), s.district(), s.level(), s.address(),
                    s.localHotline(), s.sample());
        }
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }

    private byte[] resource(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/schools/" + name)) {
            return in.readAllBytes();
        }
    }

    private List<School> read(String sitePath, byte[] bytes, Problems problems) throws IOException {
        Path file = write(sitePath.substring(sitePath.lastIndexOf('/') + 1), bytes);
        return SchoolListReader.read(new SourceFile(sitePath, file), problems);
    }

    private List<School> readClean(String sitePath, byte[] bytes) throws IOException {
        Problems problems = new Problems();
        List<School> schools = read(sitePath, bytes, problems);
        assertThat(problems.sorted()).isEmpty();
        return schools;
    }

    private List<String> problems(String sitePath, byte[] bytes) throws IOException {
        Problems problems = new Problems();
        read(sitePath, bytes, problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void theLibreOfficeWorkbookReadsLikeTheCsvAnotherProgramMadeOfIt() throws IOException {
        List<School> fromWorkbook = readClean("data/schools.xlsx", resource("schools-calc.xlsx"));
        List<School> fromCsv = readClean("data/schools.csv", resource("schools-calc.csv"));

        assertThat(fromWorkbook).hasSize(60);
        assertThat(fromWorkbook.stream().map(Seen::of).toList()).isEqualTo(fromCsv.stream().map(Seen::of).toList());
        School first = fromWorkbook.get(0);
        assertThat(Seen.of(first)).isEqualTo(new Seen("schools/nghe-an/truong-tieu-hoc-ngo-quyen/", "Trường Tiểu học Ngô Quyền",
                "Nghệ An", Optional.of("Phường Bến Nghé"), Optional.of("Tiểu học"), Optional.of("38 đường Tân Thành"),
                Optional.empty(), false));
        assertThat(first.info().source()).isEqualTo("data/schools.xlsx");
        assertThat(first.info().sourceLine()).as("the row in the sheet").isEqualTo(2);
        assertThat(fromWorkbook.get(59).info().sourceLine()).isEqualTo(61);
    }

    @Test
    void csvFilesAsExcelSavesThemReadToTheSameSchools() throws IOException {
        String csv = "title,province,district,address\nTrường THCS Lê Lợi,Hà Nội,Phường Ba Đình,\"12 Lê Lợi, Ba Đình\"\n"
                + "Trường Tiểu học Hoà Bình,Huế,,\n";
        List<Seen> expected = readClean("data/schools.csv", csv.getBytes(StandardCharsets.UTF_8)).stream().map(Seen::of).toList();
        assertThat(expected).hasSize(2);

        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] withBomAndCrlf = concat(bom, csv.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
        assertThat(readClean("data/schools.csv", withBomAndCrlf).stream().map(Seen::of).toList()).isEqualTo(expected);

        String semicolons = "title;province;district;address\r\nTrường THCS Lê Lợi;Hà Nội;Phường Ba Đình;\"12 Lê Lợi, Ba Đình\"\r\n"
                + "Trường Tiểu học Hoà Bình;Huế;;\r\n";
        assertThat(readClean("data/schools.csv", concat(bom, semicolons.getBytes(StandardCharsets.UTF_8))).stream().map(Seen::of).toList())
                .as("';' as Excel writes CSV where the list separator is ';'").isEqualTo(expected);

        String vietnameseHeadings = "STT;Tên trường;Tỉnh/Thành phố;Xã/Phường;Địa chỉ;Ngày tham gia\r\n"
                + "1;Trường THCS Lê Lợi;Hà Nội;Phường Ba Đình;\"12 Lê Lợi, Ba Đình\";09/10/2025\r\n"
                + "2;Trường Tiểu học Hoà Bình;Huế;;;10/10/2025\r\n;;;;;\r\n3;;;;;\r\n";
        assertThat(readClean("data/schools.csv", concat(bom, vietnameseHeadings.getBytes(StandardCharsets.UTF_8))).stream()
                .map(Seen::of).toList()).as("headings, unused columns and empty rows as a department's list has them").isEqualTo(expected);
    }

    @Test
    void aWindows1258CsvIsRefusedWithTheWayToSaveItAsUtf8() throws IOException {
        byte[] legacy = "title,province\nTHCS Lê Lợi,Hà Nội\n".getBytes(Charset.forName("windows-1258"));
        assertThat(problems("data/schools.csv", legacy)).singleElement().asString()
                .startsWith("data/schools.csv:2:")
                .contains("not valid UTF-8")
                .endsWith("(hint: In Excel: File → Save As → CSV UTF-8 (Comma delimited) (*.csv);"
                        + " or keep the list as data/schools.xlsx, which is read directly)");
    }

    @Test
    void aDepartmentWorkbookReadsAsItShows() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet("Danh sách")
                .row(1, "DANH SÁCH CÁC TRƯỜNG THAM GIA").merge("A1:H1")
                .row(2, "STT", "TÊN TRƯỜNG", "Cấp học", "Tỉnh / Thành phố", "Xã/Phường", "Đường dây nóng", "sample", "Ghi chú", "")
                .text("I2", "").number("A3", "1").text("B3", "Trường THCS Lê Lợi").text("C3", "THCS").text("D3", "Hà Nội")
                .formulaText("E3", "\"Phường \"&\"Ba Đình\"", "Phường Ba Đình").number("F3", "18006605").bool("G3", true)
                .number("A4", "2").inlineText("B4", "Trường Tiểu học Kim Đồng").text("C4", "Tiểu học").formatted("D4")
                .number("F4", "111").styledNumber("H4", "45939", TestWorkbook.DATE).text("I4", "ngoài bảng")
                .merge("D3:D4")
                .formatted("A5").formatted("B5").number("A6", "3")
                .number("A7", "4").text("B7", "Trường THPT Chu Văn An").text("D7", "Huế").styledNumber("E7", "1.5E+20", 0);
        book.hiddenSheet("Cũ").row(1, "title", "province").row(2, "Trường Cũ", "Huế");
        book.sheet("Hướng dẫn").row(1, "Điền mỗi trường một dòng.");

        Problems problems = new Problems();
        List<School> schools = read("data/schools.xlsx", book.bytes(), problems);
        assertThat(problems.sorted()).isEmpty();
        assertThat(schools.stream().map(Seen::of)).containsExactly(
                new Seen("schools/ha-noi/truong-thcs-le-loi/", "Trường THCS Lê Lợi", "Hà Nội", Optional.of("Phường Ba Đình"),
                        Optional.of("THCS"), Optional.empty(), Optional.of("18006605"), true),
                new Seen("schools/ha-noi/truong-tieu-hoc-kim-dong/", "Trường Tiểu học Kim Đồng", "Hà Nội", Optional.empty(),
                        Optional.of("Tiểu học"), Optional.empty(), Optional.of("111"), false),
                new Seen("schools/hue/truong-thpt-chu-van-an/", "Trường THPT Chu Văn An", "Huế", Optional.of("150000000000000000000"),
                        Optional.empty(), Optional.empty(), Optional.empty(), false));
        assertThat(schools.get(1).info().sourceLine()).isEqualTo(4);
    }

    @Test
    void eachBadCellIsNamedBySheetAndCell() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet("Sheet1").row(1, "STT", "Tên trường", "Cấp học", "Tỉnh/Thành phố", "Website", "Đường dây nóng")
                .row(2, "1", "Trường THCS Lê Lợi", "THCS", "Hà Nội")
                .number("A3", "2").error("B3", "#REF!").text("D3", "Hà Nội")
                .number("A4", "3").text("B4", "Trường THCS Kim Đồng").formulaUncalculated("D4", "VLOOKUP(A4,Tinh!A:B,2,0)")
                .number("A5", "4").text("C5", "THCS").text("D5", "Huế")
                .number("A6", "5").text("B6", "Trường THPT Huế").text("D6", "Huế").text("E6", "www.truong.edu.vn")
                .number("A7", "6").text("B7", "Trường THPT Hải Phòng").text("D7", "Hải Phòng").number("F7", "912345678")
                .number("A8", "7").text("B8", "Trường THCS Lê Lợi").text("D8", "Hà Nội")
                .number("A9", "8").text("B9", "Trường THCS Ngày").styledNumber("D9", "-3", TestWorkbook.DATE)
                .number("A10", "9").text("B10", "Trường THCS Lỗi").text("D10", "Huế").error("G10", "#N/A");
        book.sheet("Sheet2").row(1, "Tên trường", "Tỉnh").row(2, "Trường THCS Thêm", "Huế");

        assertThat(problems("data/schools.xlsx", book.bytes())).containsExactly(
                "data/schools.xlsx: Sheet1!B3: error: the cell shows the error #REF! (hint: correct the formula or type the value in the cell)",
                "data/schools.xlsx: Sheet1!D4: error: the formula =VLOOKUP(A4,Tinh!A:B,2,0) was saved without its result"
                        + " (hint: open the file in Excel or LibreOffice Calc and save it again, or paste the values instead of the formula)",
                "data/schools.xlsx: Sheet1!B5: error: this row has no title (hint: every school needs its name)",
                "data/schools.xlsx: Sheet1!E6: error: website \"www.truong.edu.vn\" is not a web address (hint: write https://…)",
                "data/schools.xlsx: Sheet1!F7: error: the phone number 912345678 has lost its leading 0 (a spreadsheet keeps phone numbers"
                        + " typed as numbers without it) (hint: format the column as Text and type 0912345678, or write it with spaces)",
                "data/schools.xlsx: Sheet1!B8: error: the school \"Trường THCS Lê Lợi\" in Hà Nội is already on row 2; both would be the page"
                        + " schools/ha-noi/truong-thcs-le-loi/ (hint: tell them apart in the name (add the commune), or give one a 'slug' column value)",
                "data/schools.xlsx: Sheet1!D9: error: the cell is formatted as a date but holds -3 (hint: type the date again, or format the cell as a number)",
                "data/schools.xlsx: Sheet2, row 1: error: this sheet lists schools too, but only the first sheet, \"Sheet1\", is read"
                        + " (hint: move these rows to the first sheet, under its header row)");
    }

    @Test
    void headingsOneLetterOffAreErrorsAndMissingColumnsAreNamed() throws IOException {
        TestWorkbook book = new TestWorkbook();
        book.sheet("Sheet1").row(1, "Tên trường", "Dia chia", "Mã trường", "TT").row(2, "Trường THCS Lê Lợi", "1 Lê Lợi", "123", "1");
        assertThat(problems("data/schools.xlsx", book.bytes())).containsExactly(
                "data/schools.xlsx: Sheet1, row 1: error: the column 'province' (Tỉnh/Thành phố) is missing"
                        + " (hint: the header row names the columns: title,province,… or Tên trường, Tỉnh/Thành phố, …)",
                "data/schools.xlsx: Sheet1!B1: error: unknown column 'Dia chia' (hint: did you mean 'address' (Địa chỉ)?)");

        assertThat(problems("data/schools.csv", "title,provnce\nx,y\n".getBytes(StandardCharsets.UTF_8))).containsExactly(
                "data/schools.csv:1:1: error: the column 'province' (Tỉnh/Thành phố) is missing"
                        + " (hint: the header row names the columns: title,province,… or Tên trường, Tỉnh/Thành phố, …)",
                "data/schools.csv:1:2: error: unknown column 'provnce' (hint: did you mean 'province' (Tỉnh/Thành phố)?)");
    }

    @Test
    void filesThatAreNoWorkbookSaySoAndHowToSaveOne() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0};
        assertThat(problems("data/schools.xlsx", ole2)).singleElement().asString().isEqualTo("data/schools.xlsx: error: this is an"
                + " old-format Excel file (.xls) or a password-protected workbook, not an .xlsx workbook"
                + " (hint: In Excel: File → Save As → Excel Workbook (*.xlsx) without a password)");
        assertThat(problems("data/schools.xlsx", "title,province\n".getBytes(StandardCharsets.UTF_8))).singleElement().asString()
                .startsWith("data/schools.xlsx: error: the file cannot be read as an Excel workbook (")
                .endsWith("(hint: In Excel: File → Save As → Excel Workbook (*.xlsx))");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
