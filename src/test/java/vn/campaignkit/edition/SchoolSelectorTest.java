package vn.campaignkit.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaignkit.model.Body;
import vn.campaignkit.model.PageInfo;
import vn.campaignkit.model.Route;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Slug;

/** --school names a school by its page path, province and slug, address, or a slug or name only one school has. */
class SchoolSelectorTest {
    private static School school(String province, String provinceSlug, String slug, String title) {
        PageInfo info = new PageInfo("data/schools.csv", 2, new Slug(slug), Route.of("schools", provinceSlug, slug), title,
                Optional.empty(), List.of(), false, Optional.empty(), Body.EMPTY, Map.of());
        return new School(info, province, new Slug(provinceSlug), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), false);
    }

    private final School leLoiHaNoi = school("Hà Nội", "ha-noi", "truong-thcs-le-loi", "Trường THCS Lê Lợi");
    private final School leLoiHue = school("Huế", "hue", "truong-thcs-le-loi", "Trường THCS Lê Lợi");
    private final School kimDong = school("Huế", "hue", "truong-thcs-kim-dong", "Trường THCS Kim Đồng");
    private final List<School> schools = List.of(leLoiHaNoi, leLoiHue, kimDong);

    @Test
    void findsASchoolByItsPageWrittenAnyWay() {
        for (String selector : List.of("schools/hue/truong-thcs-le-loi/", "/schools/hue/truong-thcs-le-loi", "hue/truong-thcs-le-loi",
                "schools/hue/truong-thcs-le-loi/index.html", "https://khongmotminh.example.org/schools/hue/truong-thcs-le-loi/")) {
            assertThat(SchoolSelector.find(selector, schools)).as(selector).isSameAs(leLoiHue);
        }
        assertThat(SchoolSelector.find("truong-thcs-kim-dong", schools)).isSameAs(kimDong);
        assertThat(SchoolSelector.find("Trường THCS Kim Đồng", schools)).isSameAs(kimDong);
    }

    @Test
    void aSlugTwoSchoolsShareAsksForThePagePath() {
        assertThatThrownBy(() -> SchoolSelector.find("truong-thcs-le-loi", schools)).isInstanceOf(NoSuchSchoolException.class)
                .hasMessage("\"truong-thcs-le-loi\" names 2 schools")
                .extracting(e -> ((NoSuchSchoolException) e).hint())
                .isEqualTo("give the page path, one of: schools/ha-noi/truong-thcs-le-loi/, schools/hue/truong-thcs-le-loi/");
    }

    @Test
    void anUnknownSchoolSuggestsTheClosest() {
        assertThatThrownBy(() -> SchoolSelector.find("truong-thcs-kim-dog", schools)).hasMessage("no school has the page slug \"truong-thcs-kim-dog\"")
                .extracting(e -> ((NoSuchSchoolException) e).hint()).isEqualTo("did you mean schools/hue/truong-thcs-kim-dong/?");
        assertThatThrownBy(() -> SchoolSelector.find("  ", schools)).isInstanceOf(NoSuchSchoolException.class);
    }

    @Test
    void theDefaultOutputFolderIsNamedAfterTheSchool() {
        assertThat(SchoolEdition.defaultFolderName("schools/hue/truong-thcs-le-loi/")).isEqualTo("output-truong-thcs-le-loi");
        assertThat(SchoolEdition.defaultFolderName("Trường THCS Kim Đồng")).isEqualTo("output-truong-thcs-kim-dong");
    }
}
