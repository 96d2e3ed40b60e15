package vn.campaignkit.source.schema;

import static vn.campaignkit.source.schema.FieldSpec.optional;
import static vn.campaignkit.source.schema.FieldSpec.required;
import static vn.campaignkit.source.schema.FieldType.BOOLEAN;
import static vn.campaignkit.source.schema.FieldType.CHOICE;
import static vn.campaignkit.source.schema.FieldType.CHOICES;
import static vn.campaignkit.source.schema.FieldType.COLOR;
import static vn.campaignkit.source.schema.FieldType.DATE;
import static vn.campaignkit.source.schema.FieldType.FILE;
import static vn.campaignkit.source.schema.FieldType.FREE;
import static vn.campaignkit.source.schema.FieldType.GROUP;
import static vn.campaignkit.source.schema.FieldType.GROUP_LIST;
import static vn.campaignkit.source.schema.FieldType.HASHTAG;
import static vn.campaignkit.source.schema.FieldType.INTEGER;
import static vn.campaignkit.source.schema.FieldType.LONG_TEXT;
import static vn.campaignkit.source.schema.FieldType.MARKDOWN;
import static vn.campaignkit.source.schema.FieldType.TEXT;
import static vn.campaignkit.source.schema.FieldType.TEXT_LIST;
import static vn.campaignkit.source.schema.FieldType.URL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every content kind and its keys. The model's readers take their key sets, allowed values and number
 * ranges from here, and the desk builds its forms from the same records, so a key cannot exist in one
 * and not in the other.
 */
public final class ContentSchema {
    private ContentSchema() {
    }

    public static final FieldSpec TITLE = required("title", TEXT, "Tiêu đề", "Tên trang, hiện to ở đầu trang và trong danh sách.");

    /** Keys every page accepts. */
    public static final List<FieldSpec> COMMON = List.of(
            TITLE,
            optional("summary", LONG_TEXT, "Tóm tắt", "Một câu giới thiệu, hiện trong danh sách và khi chia sẻ."),
            optional("tags", TEXT_LIST, "Thẻ (tag)", "Viết không có dấu #, ví dụ: khongmotminh, luadao."),
            optional("image", FILE, "Ảnh minh hoạ", "Một ảnh của trang web, ví dụ /assets/images/anh.jpg."),
            optional("image_alt", TEXT, "Mô tả ảnh", "Mô tả ảnh bằng vài từ cho người không nhìn thấy ảnh."),
            optional("draft", BOOLEAN, "Bản nháp", "Bản nháp không được xuất bản."),
            optional("slug", TEXT, "Đường dẫn (slug)", "Phần cuối của địa chỉ trang; mặc định lấy từ tên tệp."),
            optional("extra", FREE, "Giá trị thêm (extra)", "Giá trị tự do cho mẫu trang riêng; sửa trong chế độ tệp gốc."));

    public static final KindSchema HOME = kind("home", "content", "Trang chủ", "Lời giới thiệu trên trang chủ.");

    public static final KindSchema TIP = kind("tip", "content/tips", "Mẹo an toàn", "Một mẹo ngắn cho học sinh, phụ huynh hoặc thầy cô.",
            optional("date", DATE, "Ngày", "Ngày đăng."),
            optional("audience", CHOICES, "Dành cho", "Một hoặc nhiều đối tượng.").allowing("học sinh", "phụ huynh", "giáo viên"),
            optional("category", TEXT, "Chủ đề", "Ví dụ: Nhận diện thủ đoạn."),
            optional("weight", INTEGER, "Thứ tự ưu tiên", "Số lớn hơn đứng trước trong danh sách mẹo (0–1000).").between(0, 1000).defaulting("0"));

    public static final KindSchema HASHTAG_PAGE = kind("hashtag", "content/hashtags", "Hashtag", "Trang giới thiệu một hashtag và lời chia sẻ.",
            required("hashtag", HASHTAG, "Hashtag", "Dấu # và một từ, ví dụ #khongmotminh."),
            optional("caption", LONG_TEXT, "Lời chia sẻ", "Đoạn chữ sẵn để sao chép khi chia sẻ."));

    public static final KindSchema CONTEST = kind("contest", "content/contests", "Cuộc thi", "Thể lệ một cuộc thi.",
            required("start", DATE, "Ngày bắt đầu", ""),
            required("deadline", DATE, "Hạn nộp bài", "Không trước ngày bắt đầu."),
            optional("register_url", URL, "Địa chỉ đăng ký", "https://… hoặc một trang của trang web, ví dụ /tai-nguyen/."),
            optional("categories", TEXT_LIST, "Hạng mục", "Ví dụ: Vẽ tranh, Viết bài."),
            optional("ages", TEXT, "Độ tuổi", "Ví dụ: 12–18 tuổi."),
            optional("prizes", TEXT_LIST, "Giải thưởng", "Mỗi dòng một giải."),
            optional("judging", LONG_TEXT, "Cách chấm giải", ""));

    public static final KindSchema SCHOOL = kind("school", "content/schools", "Trường", "Trang của một trường tham gia.",
            required("province", TEXT, "Tỉnh, thành phố", "Viết giống nhau ở mọi trường của tỉnh."),
            optional("district", TEXT, "Xã, phường", ""),
            optional("level", TEXT, "Cấp học", "Ví dụ: THCS."),
            optional("address", TEXT, "Địa chỉ", ""),
            optional("website", URL, "Trang web", "https://…"),
            optional("fanpage", URL, "Fanpage", "https://…"),
            optional("local_hotline", TEXT, "Số điện thoại hỗ trợ của trường", "Số chung của trường, không ghi số cá nhân."),
            optional("sample", BOOLEAN, "Trường mẫu", "Đánh dấu trường mẫu (ví dụ minh hoạ)."));

    public static final KindSchema POST = kind("post", "content/posts", "Tin tức", "Một tin hoặc thông báo.",
            required("date", DATE, "Ngày đăng", ""));

    public static final KindSchema PAGE = kind("page", "content/pages", "Trang", "Một trang thường, ví dụ Giới thiệu.");

    public static final KindSchema FRAME = kind("frame", "content/frames", "Khung ảnh đại diện", "Khung ảnh để mọi người gắn vào ảnh đại diện.",
            optional("style", CHOICE, "Kiểu khung", "ring: vòng tròn; band: dải cong phía dưới; sash: dải chéo.").allowing("ring", "band", "sash").defaulting("ring"),
            optional("colors", GROUP, "Màu", "Thay màu của trang cho khung này, dạng #rrggbb.").withItems(
                    optional("primary", COLOR, "Màu chính", ""), optional("accent", COLOR, "Màu nhấn", ""),
                    optional("dark", COLOR, "Màu tối", ""), optional("light", COLOR, "Màu sáng", "")),
            optional("top_text", TEXT, "Chữ vòng trên", "Kiểu ring: chữ trên cung phía trên; false để bỏ."),
            optional("bottom_text", TEXT, "Chữ vòng dưới", "Kiểu ring: chữ trên cung phía dưới; false để bỏ."),
            optional("band_text", TEXT, "Chữ trên dải", "Kiểu band và sash."),
            optional("hashtags", BOOLEAN, "Vẽ hashtag", "").defaulting("true"),
            optional("hotline", TEXT, "Số đường dây nóng", "Mặc định lấy số đầu tiên trong site.yaml; false để bỏ."),
            optional("logo", FILE, "Logo", "Tệp trong assets/, viết từ sau assets/, ví dụ img/logo.svg."),
            optional("overlay", FILE, "Ảnh khung có sẵn", "Một ảnh PNG trong suốt ở giữa, viết từ sau assets/."),
            optional("per_school", BOOLEAN, "Bản riêng cho từng trường", "Mỗi trường có khung mang tên trường."),
            optional("caption", LONG_TEXT, "Lời chia sẻ", ""),
            optional("formats", CHOICES, "Cỡ ảnh", "square: vuông; cover: ảnh bìa; story: điện thoại.").allowing("square", "cover", "story"));

    /** Printables list their keys in their own order; the formats are {@code PrintFormat}'s keys (a test keeps them equal). */
    public static final KindSchema PRINTABLE = new KindSchema("printable", "content/print", "Ấn phẩm in", "Áp phích, bookmark, sticker… thành tệp PDF.", List.of(
            TITLE,
            required("format", CHOICE, "Loại ấn phẩm", "").allowing("poster-a4", "poster-a3", "bookmark", "sticker-sheet", "standee",
                    "pledge-wall", "tips-poster"),
            optional("headline", LONG_TEXT, "Dòng chữ lớn", "Mặc định là tiêu đề."),
            optional("body", MARKDOWN, "Nội dung (trong front matter)", "Hoặc viết nội dung bên dưới, không cả hai."),
            optional("back", MARKDOWN, "Mặt sau", "Chỉ cho bookmark."),
            optional("qr", TEXT, "Mã QR mở", "https://… hoặc một trang của trang web, ví dụ /meo/."),
            optional("qr_label", TEXT, "Chữ dưới mã QR", ""),
            optional("qr_size", INTEGER, "Cỡ mã QR (mm)", "").between(5, 1000),
            optional("qr_logo", FILE, "Logo giữa mã QR", "Ảnh PNG hoặc JPEG của trang web."),
            optional("per_school", BOOLEAN, "Bản riêng cho từng trường", "Áp phích và bookmark."),
            optional("tips", INTEGER, "Số mẹo", "Chỉ cho tips-poster (3–9).").between(3, 9).defaulting("6"),
            optional("stickers", TEXT_LIST, "Chữ trên sticker", "Chỉ cho sticker-sheet: mỗi dòng một sticker."),
            optional("image", FILE, "Ảnh", "Ảnh PNG hoặc JPEG, ví dụ assets/print/anh.jpg."),
            optional("image_alt", TEXT, "Mô tả ảnh", ""),
            optional("slug", TEXT, "Đường dẫn (slug)", ""),
            optional("draft", BOOLEAN, "Bản nháp", ""),
            optional("summary", LONG_TEXT, "Tóm tắt", ""),
            optional("tags", TEXT_LIST, "Thẻ (tag)", ""),
            optional("weight", INTEGER, "Thứ tự ưu tiên", "Số lớn hơn đứng trước trong trang tải về.").between(-1_000_000, 1_000_000).defaulting("0"),
            optional("extra", FREE, "Giá trị thêm (extra)", "")));

    public static final FieldSpec QUESTIONS = required("questions", GROUP_LIST, "Câu hỏi", "Mỗi câu hỏi có từ hai đáp án.").withItems(
            required("question", LONG_TEXT, "Câu hỏi", ""),
            optional("multiple", BOOLEAN, "Nhiều đáp án đúng", "Mặc định: có khi hơn một đáp án đúng."),
            required("answers", GROUP_LIST, "Đáp án", "").withItems(
                    required("text", TEXT, "Đáp án", ""),
                    optional("correct", BOOLEAN, "Đúng", ""),
                    required("why", LONG_TEXT, "Vì sao", "Giải thích vì sao đáp án đúng hay sai.")));

    public static final KindSchema QUIZ = kind("quiz", "content/quizzes", "Câu đố", "Bộ câu hỏi trắc nghiệm có giải thích.", QUESTIONS);

    public static final FieldSpec SCENES = required("scenes", GROUP_LIST, "Cảnh", "Mỗi cảnh có lựa chọn dẫn tới cảnh khác, hoặc là một kết thúc.")
            .withItems(
                    required("id", TEXT, "Mã cảnh", "Chữ thường không dấu và dấu -, ví dụ cuoc-goi-la."),
                    optional("heading", TEXT, "Tiêu đề cảnh", ""),
                    required("text", LONG_TEXT, "Diễn biến", ""),
                    optional("choices", GROUP_LIST, "Lựa chọn", "").withItems(
                            required("text", TEXT, "Lựa chọn", ""),
                            required("to", TEXT, "Dẫn tới cảnh", "")),
                    optional("ending", CHOICE, "Kết thúc", "safe: an toàn; unsafe: nguy hiểm.").allowing("safe", "unsafe"),
                    optional("lesson", LONG_TEXT, "Bài học", "Chỉ cho cảnh kết thúc."));

    public static final KindSchema SCENARIO = kind("scenario", "content/scenarios", "Tình huống", "Câu chuyện nhập vai có nhiều lựa chọn.",
            optional("start", TEXT, "Cảnh mở đầu", "Mã của cảnh đầu tiên; mặc định là cảnh đầu danh sách."), SCENES);

    /** The columns of {@code data/schools.csv} (and the keys of a school in {@code data/schools.yaml}). */
    public static final List<FieldSpec> SCHOOL_ROW = List.of(
            required("title", TEXT, "Tên trường", ""),
            required("province", TEXT, "Tỉnh, thành phố", ""),
            optional("district", TEXT, "Xã, phường", ""),
            optional("level", TEXT, "Cấp học", ""),
            optional("address", TEXT, "Địa chỉ", ""),
            optional("website", URL, "Trang web", "https://…"),
            optional("fanpage", URL, "Fanpage", "https://…"),
            optional("sample", BOOLEAN, "Trường mẫu", "true hoặc false"),
            optional("tags", TEXT_LIST, "Thẻ", "Cách nhau bằng dấu ;"),
            optional("local_hotline", TEXT, "Số hỗ trợ", ""),
            optional("slug", TEXT, "Đường dẫn", ""),
            optional("summary", LONG_TEXT, "Tóm tắt", ""));

    /** Every kind with a folder of its own, in the order the desk lists them. */
    public static List<KindSchema> kinds() {
        return List.of(TIP, HASHTAG_PAGE, CONTEST, SCHOOL, POST, PAGE, FRAME, PRINTABLE, QUIZ, SCENARIO);
    }

    /** The kind of {@code content/…} path, by folder ({@code content/index.md} is the home page). */
    public static Optional<KindSchema> ofPath(String sitePath) {
        if (sitePath.equals("content/index.md")) {
            return Optional.of(HOME);
        }
        return kinds().stream().filter(k -> sitePath.startsWith(k.folder() + "/")).findFirst();
    }

    public static Optional<KindSchema> ofWord(String word) {
        if (word.equals(HOME.word())) {
            return Optional.of(HOME);
        }
        return kinds().stream().filter(k -> k.word().equals(word)).findFirst();
    }

    private static KindSchema kind(String word, String folder, String label, String description, FieldSpec... own) {
        List<FieldSpec> fields = new ArrayList<>(COMMON.subList(0, 1));
        fields.addAll(List.of(own));
        fields.addAll(COMMON.subList(1, COMMON.size()));
        return new KindSchema(word, folder, label, description, fields);
    }
}
