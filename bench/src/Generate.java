import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes one deterministic synthetic campaign of N pages three times, once per engine's input format:
 * {@code ck/} (Campaign Kit site folder), {@code hugo/} (Hugo site) and {@code jbake/} (JBake site).
 * ≈60% schools (files under content/schools/PROVINCE/), 30% tips, 10% posts; Vietnamese bodies of
 * 300–800 words; tags from a pool of 20. Usage: {@code Generate N FOLDER}.
 */
public final class Generate {
    static final String[] TAGS = {"khongmotminh", "antoantructuyen", "niemtinso", "luadao", "truonghoc", "phuhuynh",
        "giaovien", "matkhau", "quyenriengtu", "baocao", "tongdai111", "giadanhcongan", "viecnheluongcao", "game",
        "mangxahoi", "bangchung", "otp", "hinhanhriengtu", "banbe", "lentieng"};
    static final String[] PROVINCES = {"Hà Nội", "Thành phố Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
        "Quảng Ninh", "Cao Bằng", "Lạng Sơn", "Lai Châu", "Điện Biên", "Sơn La", "Lào Cai", "Thái Nguyên", "Tuyên Quang",
        "Phú Thọ", "Bắc Ninh", "Hưng Yên", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Quảng Ngãi",
        "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau",
        "An Giang"};
    static final String[] LEVELS = {"Tiểu học", "THCS", "THPT", "Liên cấp"};
    static final String[] NAMES = {"Hoa Sữa", "Sông Hồng", "Trà Khúc", "Bình Minh", "Hoa Phượng", "Lê Lợi", "Quang Trung",
        "Nguyễn Du", "Chu Văn An", "Trần Phú", "Lý Thường Kiệt", "Võ Thị Sáu", "Kim Đồng", "Hòa Bình", "Ánh Dương",
        "Sao Mai", "Hướng Dương", "Tân Tiến", "Đoàn Kết", "Thống Nhất"};
    static final String[] CATEGORIES = {"Nhận diện thủ đoạn", "Cách xử lý", "Cho phụ huynh", "Cho thầy cô", "Bảo vệ tài khoản"};
    static final String[] AUDIENCES = {"học sinh", "phụ huynh", "giáo viên"};
    static final String[] TOPICS = {"Cuộc gọi giả danh công an", "Việc nhẹ lương cao", "Bạn mới quen trên game",
        "Mật khẩu gia đình", "Lưu bằng chứng trước khi chặn", "Không gửi mã OTP", "Chia sẻ vị trí an toàn",
        "Hình ảnh riêng tư", "Tin nhắn trúng thưởng", "Đường link lạ", "Tài khoản bị chiếm", "Nói chuyện với con"};
    static final String[] SENTENCES = {
        "Công an thật không bao giờ làm việc qua cuộc gọi video và không bắt bạn giữ bí mật với gia đình.",
        "Khi nhận được cuộc gọi lạ đe dọa, hãy cúp máy ngay và gọi cho bố mẹ hoặc thầy cô.",
        "Kẻ gian thường tìm cách cô lập nạn nhân, bảo em thuê phòng khách sạn và tắt điện thoại với người thân.",
        "Lời mời việc nhẹ lương cao trên mạng xã hội thường là cái bẫy để lừa tiền hoặc dụ dỗ đi xa.",
        "Đừng bao giờ gửi mã OTP, mật khẩu hay hình ảnh riêng tư cho bất kỳ ai, kể cả người tự xưng là bạn.",
        "Hãy chụp màn hình tin nhắn, lưu tên tài khoản và số điện thoại trước khi chặn và báo cáo.",
        "Tổng đài 111 miễn phí, hoạt động suốt 24 giờ, luôn sẵn sàng lắng nghe trẻ em và cha mẹ.",
        "Gặp chuyện trên mạng, bạn không một mình: hãy lên tiếng sớm với người lớn mà bạn tin tưởng.",
        "Cha mẹ nên trò chuyện với con mỗi ngày, lắng nghe mà không trách mắng khi con kể chuyện khó nói.",
        "Thầy cô có thể dành mười lăm phút trong giờ sinh hoạt lớp để cùng học sinh đóng vai xử lý tình huống.",
        "Một tài khoản mới lập, ít bạn bè và liên tục xin chuyển tiền là dấu hiệu cần cảnh giác.",
        "Bạn bè trong game có thể rất thân thiện, nhưng đừng hẹn gặp riêng nếu chưa nói với gia đình.",
        "Mật khẩu mạnh gồm nhiều từ dễ nhớ ghép lại, và mỗi tài khoản nên có một mật khẩu riêng.",
        "Bật xác thực hai lớp giúp tài khoản an toàn hơn ngay cả khi mật khẩu bị lộ.",
        "Nếu bị đe dọa vì hình ảnh riêng tư, đừng chuyển tiền: hãy lưu bằng chứng và báo ngay cho người lớn.",
        "Chia sẻ vị trí chỉ với người trong gia đình và tắt chia sẻ khi không còn cần thiết.",
        "Đường link rút gọn trong tin nhắn trúng thưởng thường dẫn đến trang giả mạo để đánh cắp thông tin.",
        "Các em học sinh đã cùng nhau vẽ tranh, làm video ngắn và viết cam kết an toàn trên mạng.",
        "Đoàn trường tổ chức Ngày hội An toàn trực tuyến với góc đóng vai, góc câu đố và góc khung ảnh.",
        "Phụ huynh được mời tham gia buổi nói chuyện cùng cán bộ công an phường về các thủ đoạn mới.",
        "Bức tường An toàn số đặt ở sảnh chính thu hút hàng trăm chữ ký của học sinh và thầy cô.",
        "Không ai có quyền bắt em giữ bí mật khiến em sợ hãi; bí mật như vậy cần được kể cho người lớn.",
        "Khi thấy bạn bè có dấu hiệu bị thao túng, hãy ở bên bạn và cùng bạn tìm người giúp đỡ.",
        "Trước khi cài một ứng dụng lạ, hãy hỏi ý kiến bố mẹ và kiểm tra nguồn tải về.",
        "Kẻ gian hay giả làm người quen, mượn tài khoản của bạn bè để nhắn tin vay tiền gấp.",
        "Một cuộc gọi xưng là cán bộ điều tra và yêu cầu chuyển tiền để chứng minh trong sạch chắc chắn là lừa đảo.",
        "Chiến dịch khuyến khích mỗi lớp học xây dựng quy tắc sử dụng mạng xã hội của riêng mình.",
        "Nhiều em cho biết sau buổi học đã tự tin hơn khi từ chối lời mời kết bạn của người lạ.",
        "Giáo viên chủ nhiệm là đầu mối gần nhất mà học sinh có thể tìm đến khi gặp chuyện trên mạng.",
        "Hãy đặt chế độ riêng tư cho trang cá nhân và hạn chế đăng thông tin về trường, lớp, địa chỉ nhà.",
        "Khi nghi ngờ, hãy dừng lại, kiểm tra lại thông tin qua một kênh khác rồi mới trả lời.",
        "Cả gia đình có thể thống nhất một mật khẩu bí mật để xác nhận khi có cuộc gọi khẩn cấp bất thường.",
        "Báo cáo tài khoản vi phạm trên nền tảng giúp bảo vệ cả những bạn khác khỏi cùng một kẻ gian.",
        "Các tỉnh, thành phố tiếp tục triển khai chiến dịch tại các xã, phường sau đợt cao điểm.",
        "Hơn sáu nghìn điểm trường đã tham gia, lan tỏa thông điệp tới hàng triệu học sinh và phụ huynh.",
        "Không gửi tiền cho người chỉ quen qua mạng, dù câu chuyện họ kể có đáng thương đến đâu."};
    static final String[] HEADINGS = {"Dấu hiệu nhận biết", "Em nên làm gì", "Lời khuyên cho phụ huynh", "Hoạt động ở trường",
        "Gọi ai, báo ở đâu", "Những điều cần nhớ", "Câu chuyện có thật", "Kết quả bước đầu"};
    static final LocalDate START = LocalDate.of(2025, 1, 1);

    /** One synthetic page, engine-neutral. */
    record Item(String kind, String folder, String slug, String title, LocalDate date, List<String> tags, String summary,
                String body, String province, String level, String category, String audience) {
    }

    public static void main(String[] args) throws IOException {
        int n = Integer.parseInt(args[0]);
        Path root = Path.of(args[1]);
        List<Item> items = items(n);
        new CampaignKitWriter(root.resolve("ck")).write(items);
        new HugoWriter(root.resolve("hugo")).write(items);
        new JBakeWriter(root.resolve("jbake")).write(items);
        System.out.println("generated " + items.size() + " pages in " + root);
    }

    static List<Item> items(int n) {
        SplittableRandom rnd = new SplittableRandom(20251006L + n);
        int posts = Math.max(1, n / 10);
        int tips = Math.max(1, n * 3 / 10);
        int schools = n - posts - tips;
        List<Item> items = new ArrayList<>(n);
        for (int i = 1; i <= schools; i++) {
            String level = LEVELS[rnd.nextInt(LEVELS.length)];
            String name = NAMES[rnd.nextInt(NAMES.length)];
            String province = PROVINCES[i % PROVINCES.length];
            String title = "Trường " + level + " " + name + " số " + i;
            items.add(new Item("school", "schools/" + ascii(province), ascii(level + " " + name + " " + i), title,
                    START.plusDays(rnd.nextInt(330)), tags(rnd), title + " hưởng ứng chiến dịch Không một mình.",
                    body(rnd), province, level, "", ""));
        }
        for (int i = 1; i <= tips; i++) {
            String title = TOPICS[rnd.nextInt(TOPICS.length)] + " – mẹo số " + i;
            items.add(new Item("tip", "tips", ascii(title), title, START.plusDays(rnd.nextInt(330)), tags(rnd),
                    SENTENCES[rnd.nextInt(SENTENCES.length)], body(rnd), "", "",
                    CATEGORIES[rnd.nextInt(CATEGORIES.length)], AUDIENCES[rnd.nextInt(AUDIENCES.length)]));
        }
        for (int i = 1; i <= posts; i++) {
            String title = "Tin chiến dịch số " + i + ": " + TOPICS[rnd.nextInt(TOPICS.length)].toLowerCase();
            items.add(new Item("post", "posts", ascii(title), title, START.plusDays(rnd.nextInt(330)), tags(rnd),
                    SENTENCES[rnd.nextInt(SENTENCES.length)], body(rnd), "", "", "", ""));
        }
        return items;
    }

    static List<String> tags(SplittableRandom rnd) {
        List<String> tags = new ArrayList<>(List.of("khongmotminh"));
        int extra = 1 + rnd.nextInt(4);
        while (tags.size() < extra + 1) {
            String t = TAGS[1 + rnd.nextInt(TAGS.length - 1)];
            if (!tags.contains(t)) {
                tags.add(t);
            }
        }
        return tags;
    }

    /** 300–800 words of Markdown: paragraphs, headings, one list, bold text, an external link and hashtags. */
    static String body(SplittableRandom rnd) {
        int target = 300 + rnd.nextInt(501);
        StringBuilder sb = new StringBuilder();
        int words = 0;
        int paragraph = 0;
        boolean listed = false;
        while (words < target) {
            if (paragraph > 0 && paragraph % 3 == 0) {
                String h = HEADINGS[rnd.nextInt(HEADINGS.length)];
                sb.append("## ").append(h).append("\n\n");
                words += h.split(" ").length;
            }
            if (!listed && paragraph == 2) {
                for (int i = 0; i < 4; i++) {
                    String s = SENTENCES[rnd.nextInt(SENTENCES.length)];
                    sb.append("- ").append(s).append('\n');
                    words += s.split(" ").length;
                }
                sb.append('\n');
                listed = true;
            }
            int count = 3 + rnd.nextInt(3);
            for (int i = 0; i < count && words < target; i++) {
                String s = SENTENCES[rnd.nextInt(SENTENCES.length)];
                if (i == 1) {
                    s = "**" + s.substring(0, s.length() - 1) + "**.";
                }
                sb.append(s).append(i == count - 1 ? "" : " ");
                words += s.split(" ").length;
            }
            if (paragraph == 1) {
                sb.append(" Xem thêm tại [trang của Tổng đài 111](https://tongdai111.vn/).");
                words += 6;
            }
            sb.append("\n\n");
            paragraph++;
        }
        sb.append("Cùng lan tỏa: #khongmotminh #antoantructuyen #niemtinso\n");
        return sb.toString();
    }

    /** Folds Vietnamese to an ASCII slug, the same way for every engine. */
    static String ascii(String s) {
        String folded = java.text.Normalizer.normalize(s.replace('đ', 'd').replace('Đ', 'D'), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase();
        return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
