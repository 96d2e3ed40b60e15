import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * Computes the @font-face overrides that make a local fallback font take the room Be Vietnam Pro
 * takes, so the page does not move when the web font arrives (assets/css/site.css, issue 13).
 *
 * <p>size-adjust is the ratio of the two fonts' widths over the site's own text (every character of
 * content/ and site.yaml, weighted by how often it occurs, NFC); ascent-, descent- and line-gap-override
 * are Be Vietnam Pro's vertical metrics divided by that ratio, so the adjusted fallback's line boxes
 * match too. Usage, from the repository root (fontbox comes with the jar):
 *
 * <pre>java -cp target/campaign-kit.jar bench/FallbackFontMetrics.java [site folder]</pre>
 *
 * Fallback fonts are read from Debian's packages: fonts-liberation2 (Liberation Sans has Arial's
 * metrics, which Windows, macOS and iOS have as Arial), fonts-roboto-unhinted (Android) and
 * fonts-noto-core (Noto Sans, many Linux desktops and some Android phones).
 */
public final class FallbackFontMetrics {
    private static final String[][] FACES = {
        {"400", "assets/fonts/BeVietnamPro_400Regular.ttf"},
        {"700", "assets/fonts/BeVietnamPro_700Bold.ttf"},
    };
    private static final String[][] FALLBACKS = {
        {"Arial", "/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf", "/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf"},
        {"Roboto", "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Regular.ttf", "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-Bold.ttf"},
        {"Noto Sans", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf", "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"},
    };

    private FallbackFontMetrics() {
    }

    record Font(String name, int unitsPerEm, CmapLookup cmap, TrueTypeFont ttf, int ascent, int descent, int lineGap) {
        static Font read(Path file) throws IOException {
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
            var os2 = ttf.getOS2Windows();
            var hhea = ttf.getHorizontalHeader();
            boolean typo = os2 != null && (os2.getFsSelection() & (1 << 7)) != 0;
            int ascent = typo ? os2.getTypoAscender() : hhea.getAscender();
            int descent = -(typo ? os2.getTypoDescender() : hhea.getDescender());
            int gap = typo ? os2.getTypoLineGap() : hhea.getLineGap();
            return new Font(ttf.getName(), ttf.getHeader().getUnitsPerEm(), ttf.getUnicodeCmapLookup(), ttf, ascent, descent, gap);
        }

        /**
         * The advance of a character in em; for a precomposed letter the font lacks (older Liberation
         * Sans has no Vietnamese), the advance of its base letter, which the browser's composed
         * rendering takes; -1 when the font has neither.
         */
        double advance(int codePoint) throws IOException {
            int glyph = cmap.getGlyphId(codePoint);
            if (glyph == 0) {
                int base = Normalizer.normalize(new String(Character.toChars(codePoint)), Normalizer.Form.NFD).codePointAt(0);
                glyph = base == codePoint ? 0 : cmap.getGlyphId(base);
            }
            return glyph == 0 ? -1 : ttf.getAdvanceWidth(glyph) / (double) unitsPerEm;
        }
    }

    public static void main(String[] args) throws IOException {
        Path site = Path.of(args.length > 0 ? args[0] : ".");
        Map<Integer, Long> counts = characterCounts(site);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf(Locale.ROOT, "/* %d characters of the site's text, %d distinct */%n", total, counts.size());
        for (int weight = 0; weight < FACES.length; weight++) {
            Font web = Font.read(site.resolve(FACES[weight][1]));
            System.out.printf(Locale.ROOT, "/* Be Vietnam Pro %s: ascent %.4f, descent %.4f, line gap %.4f em */%n", FACES[weight][0],
                    web.ascent() / (double) web.unitsPerEm(), web.descent() / (double) web.unitsPerEm(), web.lineGap() / (double) web.unitsPerEm());
            for (String[] fallback : FALLBACKS) {
                Path file = Path.of(fallback[1 + weight]);
                if (!Files.isRegularFile(file)) {
                    System.out.println("/* " + fallback[0] + ": " + file + " is not installed */");
                    continue;
                }
                Font local = Font.read(file);
                double webWidth = 0;
                double localWidth = 0;
                long missing = 0;
                for (var e : counts.entrySet()) {
                    double a = web.advance(e.getKey());
                    double b = local.advance(e.getKey());
                    if (a < 0 || b < 0) {
                        missing += e.getValue();
                        continue;
                    }
                    webWidth += a * e.getValue();
                    localWidth += b * e.getValue();
                }
                double size = webWidth / localWidth;
                System.out.printf(Locale.ROOT, "/* %s %s (%s), %.2f %% of the characters not in both fonts */%n", fallback[0], FACES[weight][0],
                        local.name(), 100.0 * missing / total);
                System.out.printf(Locale.ROOT, "size-adjust: %.2f%%; ascent-override: %.2f%%; descent-override: %.2f%%; line-gap-override: %.2f%%;%n",
                        100 * size, 100 * web.ascent() / (double) web.unitsPerEm() / size,
                        100 * web.descent() / (double) web.unitsPerEm() / size, 100 * web.lineGap() / (double) web.unitsPerEm() / size);
            }
        }
    }

    private static Map<Integer, Long> characterCounts(Path site) throws IOException {
        Map<Integer, Long> counts = new TreeMap<>();
        try (Stream<Path> files = Stream.concat(Files.walk(site.resolve("content")), Stream.of(site.resolve("site.yaml")))) {
            files.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".yaml"))
                    .forEach(p -> {
                        try {
                            String text = Normalizer.normalize(Files.readString(p, StandardCharsets.UTF_8), Normalizer.Form.NFC);
                            text.codePoints().filter(c -> !Character.isISOControl(c)).forEach(c -> counts.merge(c, 1L, Long::sum));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
        return counts;
    }
}
