package vn.campaignkit.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A realistic data/schools.csv for the campaign's scale: 6,100 schools in 34 provinces, named the way
 * Vietnamese schools are (level + a historical figure or a commune), seeded so every run is the same.
 */
final class ManySchools {
    static final List<String> PROVINCES = List.of("Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "Thành phố Hồ Chí Minh", "Cần Thơ",
            "Tuyên Quang", "Cao Bằng", "Lai Châu", "Lào Cai", "Thái Nguyên", "Điện Biên", "Lạng Sơn", "Sơn La", "Phú Thọ",
            "Bắc Ninh", "Quảng Ninh", "Hưng Yên", "Ninh Bình", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Trị", "Quảng Ngãi",
            "Gia Lai", "Khánh Hòa", "Lâm Đồng", "Đắk Lắk", "Đồng Nai", "Tây Ninh", "Vĩnh Long", "Đồng Tháp", "Cà Mau", "An Giang");
    private static final List<String> LEVELS = List.of("Trường Tiểu học", "Trường Tiểu học", "Trường THCS", "Trường THCS",
            "Trường THPT", "Trường TH&THCS", "Trường Mầm non");
    private static final List<String> PEOPLE = List.of("Lê Lợi", "Nguyễn Trãi", "Trần Hưng Đạo", "Lý Thường Kiệt", "Nguyễn Du",
            "Chu Văn An", "Lê Quý Đôn", "Nguyễn Bỉnh Khiêm", "Hai Bà Trưng", "Quang Trung", "Phan Bội Châu", "Phan Chu Trinh",
            "Võ Thị Sáu", "Nguyễn Văn Trỗi", "Lê Văn Tám", "Kim Đồng", "Trần Phú", "Hoàng Hoa Thám", "Ngô Quyền",
            "Đinh Tiên Hoàng", "Lý Tự Trọng", "Nguyễn Thị Minh Khai", "Trần Quốc Toản", "Lương Thế Vinh", "Tô Hiến Thành",
            "Nguyễn Khuyến", "Nguyễn Đình Chiểu", "Phạm Ngũ Lão", "Bùi Thị Xuân", "Mạc Đĩnh Chi", "Đoàn Thị Điểm",
            "Huỳnh Thúc Kháng", "Lê Hồng Phong", "Trần Quang Khải", "Yết Kiêu", "Nguyễn Khuyến", "Lê Thánh Tông");
    private static final List<String> PLACES = List.of("Tân Phú", "Hòa Bình", "Đông Hưng", "An Khánh", "Phú Mỹ", "Thạnh Lợi",
            "Bình Minh", "Quảng Thành", "Xuân Trường", "Yên Sơn", "Thanh Xuân", "Hưng Đạo", "Long Hòa", "Mỹ Lộc", "Tiên Lãng",
            "Vĩnh Thạnh", "Phước Hải", "Đức Phổ", "Sơn Tịnh", "Nghĩa Hưng", "Cẩm Phả", "Hương Sơn", "Kỳ Anh", "Diễn Châu",
            "Quỳnh Lưu", "Thọ Xuân", "Ngọc Lặc", "Mường Tè", "Bảo Thắng", "Sa Pa", "Đồng Văn", "Lục Ngạn", "Cái Bè", "Năm Căn");

    private ManySchools() {
    }

    /** The CSV text (header and one line per school). */
    static String csv(int count) {
        Random random = new Random(6100);
        StringBuilder sb = new StringBuilder("title,province,level\n");
        Set<String> seen = new HashSet<>();
        List<String> rows = new ArrayList<>();
        while (rows.size() < count) {
            String province = PROVINCES.get(rows.size() % PROVINCES.size());
            String level = LEVELS.get(random.nextInt(LEVELS.size()));
            boolean person = random.nextInt(3) == 0;
            String name = person ? PEOPLE.get(random.nextInt(PEOPLE.size()))
                    : (random.nextBoolean() ? "Xã " : "") + PLACES.get(random.nextInt(PLACES.size()));
            String title = level + " " + name;
            for (int n = 2; !seen.add(province + "|" + vn.campaignkit.model.SlugRules.fold(title)); n++) {
                title = level + " " + name + " số " + n;
            }
            rows.add(title + "," + province + "," + level.substring("Trường ".length()));
        }
        rows.forEach(r -> sb.append(r).append('\n'));
        return sb.toString();
    }
}
