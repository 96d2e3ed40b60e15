import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a synthetic Campaign Kit site of about N pages (tips, posts, contests, hashtag pages and a
 * schools.csv), deterministic for a given N. Used by ServeBenchmark; runnable on its own:
 * {@code java bench/SyntheticSite.java DIR 10000}.
 */
public final class SyntheticSite {
    static final String[] PROVINCES = {"Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ",
        "Tuyên Quang", "Cao Bằng", "Lai Châu", "Lào Cai", "Thái Nguyên", "Điện Biên", "Lạng Sơn", "Sơn La", "Phú Thọ",
        "Bắc Ninh", "Quảng Ninh", "Hưng Yên", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Quảng Ngãi",
        "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang"};
    static final String[] TAGS = {"khongmotminh", "antoantructuyen", "niemtinso", "luadao", "matkhau", "game", "baomat",
        "phuhuynh", "giaovien", "hocsinh", "tongdai111", "canhgiac", "otp", "hinhanh", "banbe", "mangxahoi", "video",
        "tinnhan", "cuocgoi", "vieclam", "quatang", "bangchung", "tuvan", "lentieng"};
    static final String[] CATEGORIES = {"Nhận diện thủ đoạn", "Bảo vệ tài khoản", "Khi gặp chuyện", "Cho phụ huynh",
        "Cho thầy cô", "Quyền riêng tư", "Trò chơi trực tuyến", "Mạng xã hội"};
    static final String[] AUDIENCES = {"học sinh", "phụ huynh", "giáo viên"};
    static final String[] LEVELS = {"Tiểu học", "THCS", "THPT"};

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Integer.parseInt(args[1]));
    }

    /** The number of tips written for a site of about {@code pages} pages; tip files are tips/meo-so-NNNNN.md. */
    static int tipCount(int pages) {
        return Math.max(10, (int) Math.round(pages * 0.353));
    }

    static String tipPath(int i) {
        return String.format("content/tips/meo-so-%05d.md", i);
    }

    static String tipUrl(int i) {
        return String.format("/tips/meo-so-%05d/", i);
    }

    static void write(Path root, int pages) throws IOException {
        int tips = tipCount(pages);
        int posts = Math.max(3, pages * 3 / 100);
        int schools = Math.max(10, pages - tips - posts - 120);
        Files.createDirectories(root.resolve("content/tips"));
        Files.createDirectories(root.resolve("content/posts"));
        Files.createDirectories(root.resolve("content/contests"));
        Files.createDirectories(root.resolve("content/hashtags"));
        Files.createDirectories(root.resolve("data"));
        text(root.resolve("site.yaml"), "title: \"Không một mình\"\ntagline: \"Cùng nhau an toàn trực tuyến\"\nlanguage: vi\n"
                + "hashtags: [\"#khongmotminh\", \"#antoantructuyen\", \"#niemtinso\"]\n"
                + "hotlines:\n  - number: \"111\"\n    name: \"Tổng đài điện thoại quốc gia bảo vệ trẻ em\"\n    note: \"Miễn phí, 24/7.\"\n");
        text(root.resolve("content/index.md"), "---\ntitle: \"Không một mình\"\n---\n\nTrang chủ của site thử nghiệm hiệu năng.\n");
        for (int i = 1; i <= tips; i++) {
            text(root.resolve(tipPath(i)), tip(i, "bản đầu"));
        }
        for (int i = 1; i <= posts; i++) {
            text(root.resolve(String.format("content/posts/tin-so-%04d.md", i)), String.format(
                    "---\ntitle: \"Tin số %d về chiến dịch\"\ndate: 2025-%02d-%02d\ntags: [%s]\nsummary: \"Tóm tắt tin số %d.\"\n---\n\n%s",
                    i, 10 + i % 2, 1 + i % 28, TAGS[i % TAGS.length], i, paragraphs(i, 3)));
        }
        for (int i = 1; i <= 5; i++) {
            text(root.resolve("content/contests/cuoc-thi-" + i + ".md"), "---\ntitle: \"Cuộc thi số " + i + "\"\nstart: 2025-10-0" + i
                    + "\ndeadline: 2025-11-2" + i + "\ntags: [khongmotminh]\n---\n\n" + paragraphs(i, 4));
        }
        for (String tag : new String[] {"khongmotminh", "antoantructuyen", "niemtinso"}) {
            text(root.resolve("content/hashtags/" + tag + ".md"), "---\ntitle: \"#" + tag + "\"\nhashtag: \"#" + tag + "\"\n---\n\n"
                    + paragraphs(tag.length(), 2));
        }
        List<String> rows = new ArrayList<>();
        rows.add("title,province,district,level,address,website,fanpage,sample,tags");
        for (int i = 1; i <= schools; i++) {
            String province = PROVINCES[i % PROVINCES.length];
            String level = LEVELS[i % LEVELS.length];
            rows.add(String.format("Trường %s Thử nghiệm số %d,%s,Phường số %d,%s,Địa chỉ thử nghiệm số %d,,,true,khongmotminh;%s",
                    level, i, province, 1 + i % 40, level, i, TAGS[i % TAGS.length]));
        }
        text(root.resolve("data/schools.csv"), String.join("\n", rows) + "\n");
    }

    static String tip(int i, String edit) {
        return "---\ntitle: \"Mẹo số " + i + ": " + CATEGORIES[i % CATEGORIES.length].toLowerCase() + "\"\n"
                + String.format("date: 2025-%02d-%02d\n", 10 + i % 2, 1 + i % 28)
                + "tags: [" + TAGS[i % TAGS.length] + ", " + TAGS[(i * 7 + 3) % TAGS.length] + "]\n"
                + "summary: \"Điều cần nhớ số " + i + " để an toàn trên mạng.\"\n"
                + "audience: [" + AUDIENCES[i % 3] + "]\n"
                + "category: \"" + CATEGORIES[i % CATEGORIES.length] + "\"\n"
                + "weight: " + (i % 100) + "\n---\n\n"
                + "Lần sửa: " + edit + ".\n\n" + paragraphs(i, 5)
                + "\n## Cần làm gì\n\n1. Dừng lại, không trả lời ngay.\n2. Kể với bố mẹ hoặc thầy cô.\n3. Gọi **111** nếu cần tư vấn.\n";
    }

    static String paragraphs(int seed, int count) {
        StringBuilder sb = new StringBuilder();
        for (int p = 0; p < count; p++) {
            sb.append("Đoạn ").append(p + 1).append(" của bài ").append(seed)
                    .append(": kẻ gian thường làm quen qua trò chơi, mạng xã hội và tin nhắn, rồi dần dần tách bạn khỏi gia đình. ")
                    .append("Hãy nhớ rằng bạn không một mình: bố mẹ, thầy cô và tổng đài 111 luôn sẵn sàng lắng nghe.\n\n");
        }
        return sb.toString();
    }

    private static void text(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
