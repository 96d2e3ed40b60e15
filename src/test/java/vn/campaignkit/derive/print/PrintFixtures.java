package vn.campaignkit.derive.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.print.PrintText;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.model.print.PrintableReader;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.FrontMatterSplitter;
import vn.campaignkit.source.YamlNode;
import vn.campaignkit.source.YamlReader;

/** Shared inputs for print tests: the real fonts, a site like the default one, printables read from Markdown. */
final class PrintFixtures {
    static final String BASE_URL = "https://khongmotminh.example.org/";
    private static FontSet fonts;

    private PrintFixtures() {
    }

    static synchronized FontSet fonts() {
        if (fonts == null) {
            try {
                fonts = FontSet.load(Path.of("assets/fonts"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fonts;
    }

    static PrintText yaml(String text, int line) {
        return new PrintText(text, "site.yaml", line, 1);
    }

    static PrintSite site() {
        List<PrintSite.TipCard> tips = new ArrayList<>();
        String[][] raw = {
            {"canh-giac-cuoc-goi-gia-danh-cong-an", "Cuộc gọi “công an” bắt giữ bí mật: dấu hiệu bắt cóc trực tuyến",
                "Kẻ gian giả làm công an, viện kiểm sát hay tòa án để dọa nạt, bắt bạn giữ bí mật rồi dẫn bạn vào bẫy.", "95"},
            {"cup-may-goi-cho-bo-me", "Cúp máy, gọi ngay cho bố mẹ",
                "Bị dọa nạt qua điện thoại: dừng cuộc gọi và gọi cho bố mẹ bằng số bạn vẫn lưu.", "92"},
            {"nhan-dien-bay-tu-co-lap", "“Đừng nói với ai”: nhận diện cái bẫy tự cô lập",
                "Ai bắt bạn giấu gia đình, thầy cô là đang muốn bạn đơn độc. Hãy nói ra ngay.", "88"},
            {"cong-an-that-khong-bao-gio", "Công an thật không bao giờ làm những điều này",
                "Không làm việc qua video, không bắt giữ bí mật, không bảo đến khách sạn, không đòi chuyển tiền.", "85"},
            {"khong-gui-tien-ma-otp-hinh-anh", "Ba thứ không bao giờ gửi cho người lạ: tiền, mã OTP, hình ảnh riêng tư",
                "Người thật lòng không đòi những thứ này. Từ chối và báo người lớn.", "82"},
            {"ban-moi-quen-tren-game", "Người bạn mới trong game tốt với bạn quá mức?",
                "Quà tặng, lời khen và lời hứa hẹn có thể là bước đầu của dụ dỗ.", "78"},
            {"viec-nhe-luong-cao", "“Việc nhẹ lương cao” ở nước ngoài: lời mời ngọt, cái bẫy thật",
                "Lời mời việc dễ, lương cao có thể dẫn tới lừa đảo và mua bán người.", "72"},
        };
        for (String[] t : raw) {
            String path = "content/tips/" + t[0] + ".md";
            tips.add(new PrintSite.TipCard(new PrintText(t[1], path, 2, 8), new PrintText(t[2], path, 5, 10), Integer.parseInt(t[3])));
        }
        return new PrintSite(yaml("Không một mình", 1), yaml("Cùng nhau an toàn trực tuyến", 2),
                List.of("#khongmotminh", "#antoantructuyen", "#niemtinso"),
                new PrintSite.Hotline("111", yaml("Tổng đài điện thoại quốc gia bảo vệ trẻ em", 12), yaml("Miễn phí, 24/7.", 13)),
                new PrintSite.Palette("#0b5cad", "#f2a900", "#0a2540", "#f4f8fc"),
                Optional.of(yaml("Tôi không giữ bí mật khi bị dụ dỗ, đe dọa hay lừa đảo trên mạng.\n"
                        + "Tôi lên tiếng sớm với bố mẹ, thầy cô, công an hoặc gọi 111.\n"
                        + "Tôi không gửi tiền, mã OTP hay hình ảnh riêng tư cho người lạ.\n"
                        + "Tôi không để bạn bè mình phải đối mặt một mình.", 30)),
                tips, Instant.parse("2025-10-06T05:00:00Z"));
    }

    static SchoolStamp school(String name) {
        return new SchoolStamp(new PrintText(name, "data/schools.csv", 7, 1), "Hải Phòng",
                BASE_URL + "truong/thcs-ngo-quyen/");
    }

    /** Reads a printable from Markdown text as if it were {@code content/print/<slug>.md}. */
    static Optional<Printable> printable(String slug, String markdown, Problems problems) {
        return printable(slug, markdown, problems, Optional.of(BASE_URL), Path.of("."));
    }

    static Optional<Printable> printable(String slug, String markdown, Problems problems, Optional<String> baseUrl, Path root) {
        String path = "content/print/" + slug + ".md";
        return FrontMatterSplitter.split(path, markdown, problems).flatMap(split -> {
            Optional<YamlNode.Mapping> fm = YamlReader.readMapping(path, split.yaml(), split.yamlFirstLine(), problems);
            return fm.flatMap(m -> PrintableReader.read(new Fields(path, m, problems), slug, split.body(), split.bodyFirstLine(),
                    new PrintableReader.SiteFacts(root, baseUrl)));
        });
    }

    /** Reads one of the default printables of the repository. */
    static Printable defaultPrintable(String slug) {
        try {
            String text = Files.readString(Path.of("content/print", slug + ".md"), StandardCharsets.UTF_8);
            Problems problems = new Problems();
            Optional<Printable> p = printable(slug, text, problems);
            if (p.isEmpty()) {
                throw new AssertionError("default printable " + slug + " has problems: " + problems.sorted());
            }
            return p.get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> defaultSlugs() {
        try (var files = Files.list(Path.of("content/print"))) {
            // translations (ap-phich-a4.en.md beside ap-phich-a4.md) are the same printable in another language
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".md"))
                    .map(n -> n.substring(0, n.length() - 3)).filter(stem -> !stem.contains(".")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
