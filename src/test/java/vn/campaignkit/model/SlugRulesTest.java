package vn.campaignkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SlugRulesTest {
    @Test
    void slugifiesVietnameseTitle() {
        assertThat(SlugRules.slugify("Cảnh giác với lời mời việc nhẹ lương cao"))
                .contains(new Slug("canh-giac-voi-loi-moi-viec-nhe-luong-cao"));
    }

    @Test
    void slugTurnsDStrokeIntoD() {
        assertThat(SlugRules.slugify("Đừng đi một mình")).contains(new Slug("dung-di-mot-minh"));
        assertThat(SlugRules.slugify("ĐOÀN ĐỘI")).contains(new Slug("doan-doi"));
    }

    @Test
    void givesTheSameSlugForNfdAndNfc() {
        String nfc = "Lừa đảo qua mạng xã hội";
        String nfd = Normalizer.normalize(nfc, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(nfc);
        assertThat(SlugRules.slugify(nfd)).isEqualTo(SlugRules.slugify(nfc)).contains(new Slug("lua-dao-qua-mang-xa-hoi"));
    }

    @ParameterizedTest
    @CsvSource({"'  Hỏi -- đáp!!  ', hoi-dap", "'Mẹo #1: 111', meo-1-111", "'A_B.C', a-b-c", "'Ưu tiên ơi', uu-tien-oi"})
    void collapsesOtherRunsIntoOneDash(String text, String slug) {
        assertThat(SlugRules.slugify(text)).contains(new Slug(slug));
    }

    @Test
    void givesNothingForTextWithoutLettersOrDigits() {
        assertThat(SlugRules.slugify("😀 !!! ")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc", "a/b", "a\\b", "..", "tips/..", "a\u0000b", "a\u001fb", "a\u007fb", "x\nb"})
    void findsUnsafeExplicitSlugs(String slug) {
        assertThat(SlugRules.unsafeReason(slug)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"meo-an-toan", "Mẹo an toàn", "a.b"})
    void acceptsExplicitSlugsThatAreOneSegment(String slug) {
        assertThat(SlugRules.unsafeReason(slug)).isEmpty();
    }

    @Test
    void foldsForDiacriticFreeSearch() {
        assertThat(SlugRules.fold("Trường THCS Lê Lợi")).isEqualTo("truong thcs le loi");
        assertThat(SlugRules.fold("Đà Nẵng")).isEqualTo("da nang");
    }
}
