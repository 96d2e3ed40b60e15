package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The English translations of the default site ({@code content/…/x.en.md} beside {@code x.md}): each translates an
 * original, keeps the original's settings, and is written in English, Vietnamese only in the campaign's own names.
 */
class EnglishTranslationsTest {
    private static final Path CONTENT = BuiltSite.root().resolve("content");

    /** Keys whose values are settings, not text for readers: a translation gives them exactly as its original does. */
    private static final Set<String> SETTINGS = Set.of("date", "tags", "audience", "weight", "format", "qr", "qr_size",
            "qr_logo", "per_school", "tips", "style", "logo", "overlay", "colors", "formats", "hashtags", "hotline", "hashtag",
            "slug", "draft", "image", "start", "deadline");

    /** Text keys a translation may add to its original: the frame's words, which the original takes from site.yaml. */
    private static final Set<String> ADDABLE_TEXTS = Set.of("top_text", "bottom_text", "band_text");

    /** Vietnamese that stays Vietnamese in English text: the campaign's own name and a decision's number. */
    private static final List<String> PROPER_NAMES = List.of("Không một mình", "Cùng nhau an toàn trực tuyến", "830/QĐ-TTg");

    private static final Pattern KEY = Pattern.compile("^([a-z_]+):(.*)$");

    @Test
    void theDefaultSiteHasEnglishHomeAboutHelpPledgeFramePosterAndAtLeastSixTips() {
        for (String file : List.of("index.en.md", "pages/gioi-thieu.en.md", "pages/tai-nguyen.en.md",
                "tips/noi-bao-cao-va-tro-giup.en.md", "tips/tong-dai-111.en.md", "tips/canh-giac-cuoc-goi-gia-danh-cong-an.en.md",
                "print/buc-tuong-an-toan-so.en.md", "frames/khong-mot-minh.en.md", "print/ap-phich-a4.en.md")) {
            assertThat(CONTENT.resolve(file)).as(file).isRegularFile();
        }
        assertThat(translations().stream().filter(p -> p.getParent().getFileName().toString().equals("tips")))
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void everyEnglishFileTranslatesAnOriginalBesideItAndNoSchoolIsTranslated() {
        assertThat(translations()).isNotEmpty();
        for (Path en : translations()) {
            assertThat(originalOf(en)).as("original of " + en).isRegularFile();
            assertThat(CONTENT.relativize(en).toString()).as(en.toString()).doesNotStartWith("schools");
        }
    }

    @Test
    void englishFilesKeepEverySettingOfTheirOriginal() {
        for (Path en : translations()) {
            Map<String, String> original = frontMatter(originalOf(en));
            Map<String, String> english = frontMatter(en);
            for (Map.Entry<String, String> e : original.entrySet()) {
                assertThat(english).as(en + " keeps the key '" + e.getKey() + "'").containsKey(e.getKey());
                if (SETTINGS.contains(e.getKey())) {
                    assertThat(english.get(e.getKey())).as(en + " key " + e.getKey()).isEqualTo(e.getValue());
                }
            }
            for (String key : english.keySet()) {
                if (!original.containsKey(key)) {
                    assertThat(ADDABLE_TEXTS).as(en + " adds '" + key + "', which is not a text its original lacks").contains(key);
                }
            }
        }
    }

    @Test
    void englishTextHasNoVietnameseLettersOutsideTheCampaignsOwnName() {
        List<String> found = new ArrayList<>();
        for (Path en : translations()) {
            String text = read(en);
            for (String name : PROPER_NAMES) {
                text = text.replace(name, "");
            }
            List<String> lines = text.lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                if (hasVietnameseLetter(lines.get(i)) && !isSettingLine(lines.get(i))) {
                    found.add(CONTENT.relativize(en) + ":" + (i + 1) + ": " + lines.get(i));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theVietnameseLetterCheckCatchesVietnameseAndLetsEnglishPunctuationThrough() {
        assertThat(hasVietnameseLetter("Gọi 111 – miễn phí")).isTrue();
        assertThat(hasVietnameseLetter("đi")).isTrue();
        assertThat(hasVietnameseLetter("Call 111 – free, 24/7 · “don’t” 1080×1080")).isFalse();
    }

    /** A letter outside ASCII (ă, ê, ơ, đ, or any letter with a tone mark) means the line is not English. */
    private static boolean hasVietnameseLetter(String line) {
        return Normalizer.normalize(line, Normalizer.Form.NFD).codePoints()
                .anyMatch(c -> c > 0x7f && (Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK));
    }

    /** An audience list names its audiences by their fixed Vietnamese keys, shown through the language's messages. */
    private static boolean isSettingLine(String line) {
        return line.startsWith("audience:");
    }

    private static List<Path> translations() {
        try (Stream<Path> files = Files.walk(CONTENT)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".en.md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path originalOf(Path en) {
        String name = en.getFileName().toString();
        return en.resolveSibling(name.substring(0, name.length() - ".en.md".length()) + ".md");
    }

    /** The top-level keys of a file's front matter with their raw values (continuation lines included). */
    private static Map<String, String> frontMatter(Path file) {
        List<String> lines = read(file).lines().toList();
        assertThat(lines.get(0)).as(file + " starts with front matter").isEqualTo("---");
        Map<String, String> keys = new LinkedHashMap<>();
        String current = null;
        for (String line : lines.subList(1, lines.size())) {
            if (line.equals("---")) {
                return keys;
            }
            Matcher m = KEY.matcher(line);
            if (m.matches()) {
                current = m.group(1);
                keys.put(current, m.group(2).strip());
            } else if (current != null) {
                keys.put(current, keys.get(current) + "\n" + line);
            }
        }
        throw new AssertionError(file + " has no end to its front matter");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
