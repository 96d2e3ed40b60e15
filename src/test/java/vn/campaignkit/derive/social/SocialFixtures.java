package vn.campaignkit.derive.social;

import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.Fixtures;

final class SocialFixtures {
    private SocialFixtures() {
    }

    static DrawnText t(String s) {
        return new DrawnText(s, "site.yaml", 1, 1, "title");
    }

    static Brand brand() {
        return new Brand(Fixtures.palette(), t("Không một mình"), t("Cùng nhau an toàn trực tuyến"),
                List.of(t("#khongmotminh"), t("#antoantructuyen"), t("#niemtinso")),
                Optional.of(t("Gặp chuyện bất an trên mạng? Đừng giữ bí mật, hãy nói ngay với bố mẹ, thầy cô.")),
                Optional.of(t("111")), Optional.of(t("Tổng đài quốc gia bảo vệ trẻ em")), Optional.empty());
    }

    /** The same brand with every string blank: drawing it shows where text would be. */
    static Brand blank() {
        return new Brand(Fixtures.palette(), t(""), t(""), List.of(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
    }
}
