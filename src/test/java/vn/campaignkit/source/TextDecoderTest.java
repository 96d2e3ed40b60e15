package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;

class TextDecoderTest {
    private final Problems problems = new Problems();

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) p);
            }
        }
        return out.toByteArray();
    }

    private Problem onlyProblem() {
        assertThat(problems.sorted()).hasSize(1);
        return problems.sorted().get(0);
    }

    @Test
    void dropsUtf8ByteOrderMark() {
        Optional<String> text = TextDecoder.decode("a.md", bytes(0xEF, 0xBB, 0xBF, "---\ntitle: Đây\n"), problems);
        assertThat(text).contains("---\ntitle: Đây\n");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void turnsCrlfIntoLf() {
        assertThat(TextDecoder.decode("a.md", bytes("---\r\ntitle: x\r\n---\r\nbody\r\n"), problems))
                .contains("---\ntitle: x\n---\nbody\n");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void normalisesToNfc() {
        String nfd = "Ca\u0309nh gia\u0301c";
        assertThat(TextDecoder.decode("a.md", nfd.getBytes(StandardCharsets.UTF_8), problems)).contains("Cảnh giác");
    }

    @Test
    void refusesLatin1WithFileAndLine() {
        byte[] latin1 = "---\ntitle: ok\n---\nline four\nCaf\u00e9 au lait\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decode("content/tips/cafe.md", latin1, problems)).isEmpty();
        Problem p = onlyProblem();
        assertThat(p.path()).isEqualTo("content/tips/cafe.md");
        assertThat(p.line()).isEqualTo(5);
        assertThat(p.col()).isEqualTo(4);
        assertThat(p.format()).contains("UTF-8");
    }

    @Test
    void refusesWindows1258DStrokeOnItsLine() {
        // "Đây" in Windows-1258: Đ is 0xD0, â is 0xE2
        byte[] cp1258 = bytes("---\ntitle: ok\n---\n", 0xD0, 0xE2, "y l\u00e0".substring(0, 3), "\n");
        assertThat(TextDecoder.decode("content/tips/d.md", cp1258, problems)).isEmpty();
        assertThat(onlyProblem().line()).isEqualTo(4);
        assertThat(onlyProblem().hint()).contains("UTF-8");
    }

    @Test
    void refusesWindows1258CombiningToneMarks() {
        // "Cảnh giác" as Windows-1258 writes it: base letters plus combining marks 0xD2 (hook) and 0xEC (acute)
        byte[] cp1258 = bytes("---\ntitle: Ca", 0xD2, "nh gia", 0xEC, "c\n---\n");
        assertThat(TextDecoder.decode("content/tips/c.md", cp1258, problems)).isEmpty();
        assertThat(onlyProblem().line()).isEqualTo(2);
        assertThat(onlyProblem().col()).isEqualTo(10);
    }

    @Test
    void refusesRealWindows1258Text() {
        Charset cp1258 = Charset.forName("windows-1258");
        byte[] encoded = "---\ntitle: Đội tình nguyện\n---\n".getBytes(cp1258);
        assertThat(TextDecoder.decode("content/tips/x.md", encoded, problems)).isEmpty();
        assertThat(onlyProblem().line()).isEqualTo(2);
    }

    @Test
    void refusesUtf16LittleEndianWithBom() {
        assertRefusedAsUtf16(bytes(0xFF, 0xFE), StandardCharsets.UTF_16LE);
    }

    @Test
    void refusesUtf16BigEndianWithBom() {
        assertRefusedAsUtf16(bytes(0xFE, 0xFF), StandardCharsets.UTF_16BE);
    }

    @Test
    void refusesUtf16LittleEndianWithoutBom() {
        assertRefusedAsUtf16(new byte[0], StandardCharsets.UTF_16LE);
    }

    @Test
    void refusesUtf16BigEndianWithoutBom() {
        assertRefusedAsUtf16(new byte[0], StandardCharsets.UTF_16BE);
    }

    private void assertRefusedAsUtf16(byte[] bom, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes("---\ntitle: Đừng im lặng\n---\nHãy kể với người lớn.\n".getBytes(charset));
        assertThat(TextDecoder.decode("content/tips/u.md", out.toByteArray(), problems)).isEmpty();
        Problem p = onlyProblem();
        assertThat(p.path()).isEqualTo("content/tips/u.md");
        assertThat(p.line()).isEqualTo(1);
        assertThat(p.message()).contains("UTF-16");
        assertThat(p.hint()).contains("UTF-8");
    }

    @Test
    void neverDecodesWithReplacementCharacters() {
        byte[] bad = bytes("ok\n", 0xC3, 0x28, "\n");
        assertThat(TextDecoder.decode("x.md", bad, problems)).isEmpty();
        assertThat(problems.sorted()).allSatisfy(p -> assertThat(p.format()).doesNotContain("\uFFFD"));
    }

    @Test
    void namesTheLineOfATruncatedSequenceAtTheEnd() {
        byte[] bad = bytes("a\nb\nc", 0xE1, 0xBA);
        assertThat(TextDecoder.decode("x.md", bad, problems)).isEmpty();
        assertThat(onlyProblem().line()).isEqualTo(3);
    }

    @Test
    void keepsAReplacementCharacterThatIsReallyInTheFile() {
        Optional<String> text = TextDecoder.decode("a.md", bytes("Ký tự ", 0xEF, 0xBF, 0xBD, " có thật\n"), problems);
        assertThat(problems.isEmpty()).isTrue();
        assertThat(text).contains("Ký tự \uFFFD có thật\n");
    }

    @Test
    void refusesEncodedSurrogatesAndOverlongFormsOnTheirLine() {
        assertThat(TextDecoder.decode("a.md", bytes("một\nhai ", 0xED, 0xA0, 0x80, "\n"), problems)).isEmpty();
        assertThat(onlyProblem().line()).isEqualTo(2);
        Problems more = new Problems();
        assertThat(TextDecoder.decode("b.md", bytes("x", 0xC0, 0xAF), more)).isEmpty();
        assertThat(more.size()).isEqualTo(1);
    }

    @Test
    void refusesAnInvisibleControlCharacterAtItsLineAndColumn() {
        assertThat(TextDecoder.decode("content/tips/a.md", bytes("---\ntitle: Mẹo\n---\nChuông", 0x07, " reo.\n"), problems)).isEmpty();
        Problem p = onlyProblem();
        assertThat(p.line()).isEqualTo(4);
        assertThat(p.col()).isEqualTo(7);
        assertThat(p.message()).contains("U+0007");
    }

    @Test
    void refusesDeleteAndC1ControlsButKeepsTabFormFeedAndLineEnds() {
        assertThat(TextDecoder.decode("a.md", bytes("a", 0x7F), problems)).isEmpty();
        assertThat(TextDecoder.decode("b.md", bytes("b\u0085"), problems)).isEmpty();
        assertThat(problems.sorted()).extracting(Problem::message).allMatch(m -> m.contains("control character"));
        Problems none = new Problems();
        assertThat(TextDecoder.decode("c.md", bytes("a\tb\fc\r\nd\n"), none)).contains("a\tb\fc\nd\n");
        assertThat(none.isEmpty()).isTrue();
    }
}
