package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NfcTest {

    /** Every character of the fast path, alone and next to every other one, is left unchanged by NFC. */
    @Test
    void theFastPathRangesAreNfcAloneAndInEveryPair() {
        List<Character> stable = new ArrayList<>();
        for (char c = 1; c < 0xFFFF; c++) {
            if (Nfc.stable(c)) {
                stable.add(c);
            }
        }
        assertThat(stable).hasSizeGreaterThan(1000);
        List<String> failures = new ArrayList<>();
        char[] pair = new char[2];
        for (char a : stable) {
            for (char b : stable) {
                pair[0] = a;
                pair[1] = b;
                if (!Normalizer.isNormalized(new String(pair), Normalizer.Form.NFC)) {
                    failures.add(Integer.toHexString(a) + "+" + Integer.toHexString(b));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void decomposedVietnameseIsComposed() {
        String nfd = Normalizer.normalize("Trường Tiểu học Lê Lợi – “Không một mình”", Normalizer.Form.NFD);
        assertThat(Nfc.surelyNfc(nfd)).isFalse();
        assertThat(Nfc.of(nfd)).isEqualTo("Trường Tiểu học Lê Lợi – “Không một mình”");
    }

    @Test
    void precomposedVietnameseTakesTheFastPathUnchanged() {
        String text = "Cùng nhau an toàn trực tuyến… Đừng giữ bí mật một mình!";
        assertThat(Nfc.surelyNfc(text)).isTrue();
        assertThat(Nfc.of(text)).isSameAs(text);
    }

    @Test
    void charactersOutsideTheRangesGoThroughTheNormalizer() {
        // U+2126 OHM SIGN is a singleton: NFC turns it into U+03A9
        assertThat(Nfc.of("\u2126")).isEqualTo("\u03A9");
        assertThat(Nfc.of("an toàn 🙂")).isEqualTo("an toàn 🙂");
    }
}
