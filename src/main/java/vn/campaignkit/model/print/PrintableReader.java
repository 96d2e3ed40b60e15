package vn.campaignkit.model.print;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.schema.FieldSpec;

/**
 * Turns the front matter and body of a {@code content/print/*.md} file into a {@link Printable},
 * reporting every mistake with its line and column.
 */
public final class PrintableReader {
    /** Every key a printable accepts; anything else is a problem with a did-you-mean hint. */
    public static final List<String> KEYS = List.copyOf(ContentSchema.PRINTABLE.keys());
    private static final FieldSpec QR_SIZE = ContentSchema.PRINTABLE.fieldOf("qr_size");
    private static final FieldSpec TIPS = ContentSchema.PRINTABLE.fieldOf("tips");
    private static final FieldSpec WEIGHT = ContentSchema.PRINTABLE.fieldOf("weight");

    /** What the reader needs to know about the site: its folder and its public address, if any. */
    public record SiteFacts(Path root, Optional<String> baseUrl) {
    }

    private final String path;
    private final Fields fm;
    private final SiteFacts site;
    private final Problems problems;

    private PrintableReader(Fields fm, SiteFacts site) {
        this.path = fm.path();
        this.fm = fm;
        this.site = site;
        this.problems = fm.problems();
    }

    /** Reads one printable; empty when the file has problems (all of them reported). */
    public static Optional<Printable> read(Fields fm, String slug, String body, int bodyLine, SiteFacts site) {
        return new PrintableReader(fm, site).read(slug, body, bodyLine);
    }

    private Optional<PrintText> text(String key) {
        return fm.text(key).map(t -> new PrintText(t, path, fm.valueLine(key), fm.valueCol(key)));
    }

    private void problemAtKey(String key, String message, String hint) {
        problems.add(path, fm.line(key), fm.col(key), message, hint);
    }

    private Optional<Printable> read(String slug, String markdownBody, int bodyLine) {
        int before = problems.size();
        fm.rejectUnknownKeys(KEYS, "a printable");
        Optional<PrintText> title = fm.requiredText("title").map(t -> new PrintText(t, path, fm.valueLine("title"), fm.valueCol("title")));
        Optional<PrintFormat> format = fm.requiredText("format").flatMap(f -> format(new PrintText(f, path, fm.valueLine("format"), fm.valueCol("format"))));
        PrintText headline = text("headline").or(() -> title).orElse(new PrintText("", path, 1, 1));
        List<PrintBlock> body = body(markdownBody, bodyLine);
        List<PrintBlock> back = text("back").map(this::markdown).orElse(List.of());
        Optional<PrintImage> image = text("image").flatMap(this::image);
        boolean perSchool = fm.bool("per_school").orElse(false);
        Optional<QrRequest> qr = qr(perSchool);
        List<PrintText> stickers = stickers();
        int tips = fm.integer("tips", TIPS.min(), TIPS.max()).orElse(Integer.parseInt(TIPS.defaultValue()));
        int weight = fm.integer("weight", WEIGHT.min(), WEIGHT.max()).orElse(Integer.parseInt(WEIGHT.defaultValue()));
        String summary = fm.text("summary").orElse("");
        if (problems.size() > before || title.isEmpty() || format.isEmpty()) {
            return Optional.empty();
        }
        formatSpecific(format.get(), stickers, perSchool);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Printable(path, slug, title.get().text(), summary, format.get(), headline, body, back,
                qr, image, stickers, tips, perSchool, weight, fm.bool("draft").orElse(false)));
    }

    private Optional<PrintFormat> format(PrintText value) {
        Optional<PrintFormat> format = PrintFormat.byKey(value.text().strip().toLowerCase(Locale.ROOT));
        if (format.isEmpty()) {
            problems.add(path, value.line(), value.col(), "unknown format \"" + value.text() + "\"",
                    "use one of: " + PrintFormat.keys());
        }
        return format;
    }

    private List<PrintBlock> body(String markdownBody, int bodyLine) {
        Optional<PrintText> inFrontMatter = text("body");
        boolean bodyBelow = !markdownBody.isBlank();
        if (inFrontMatter.isPresent() && bodyBelow) {
            PrintText b = inFrontMatter.get();
            problems.add(path, b.line(), b.col(), "the text is given twice: in 'body:' and below the front matter",
                    "keep only one of them");
            return List.of();
        }
        if (inFrontMatter.isPresent()) {
            return markdown(inFrontMatter.get());
        }
        return PrintMarkdown.parse(path, markdownBody, bodyLine, 1, problems);
    }

    private List<PrintBlock> markdown(PrintText text) {
        return PrintMarkdown.parse(path, text.text(), text.line(), text.col(), problems);
    }

    private Optional<QrRequest> qr(boolean perSchool) {
        Optional<PrintText> qr = text("qr");
        java.util.OptionalInt sizeMm = fm.integer("qr_size", QR_SIZE.min(), QR_SIZE.max());
        OptionalDouble size = sizeMm.isPresent() ? OptionalDouble.of(sizeMm.getAsInt()) : OptionalDouble.empty();
        Optional<PrintImage> logo = text("qr_logo").flatMap(this::image);
        Optional<PrintText> label = text("qr_label");
        if (perSchool && site.baseUrl().isEmpty()) {
            problemAtKey("per_school", "per-school copies carry a QR code to each school's page, which needs the site's address",
                    "set 'base_url: https://…' in site.yaml");
        }
        if (qr.isEmpty()) {
            for (String key : List.of("qr_size", "qr_logo", "qr_label")) {
                if (fm.has(key) && !perSchool) {
                    problemAtKey(key, "'" + key + "' is set but there is no 'qr:'", "add 'qr: /duong-dan/' or remove '" + key + ":'");
                }
            }
            return Optional.empty();
        }
        return absoluteUrl(qr.get()).map(url -> new QrRequest(url,
                label.map(PrintText::text).orElse(QrRequest.readable(url)), size, logo, qr.get()));
    }

    private Optional<String> absoluteUrl(PrintText qr) {
        String v = qr.text().strip();
        String lower = v.toLowerCase(Locale.ROOT);
        if (lower.startsWith("https://") || lower.startsWith("http://")) {
            if (v.chars().anyMatch(c -> c <= ' ')) {
                problems.add(path, qr.line(), qr.col(), "the QR address contains spaces", "remove the spaces from 'qr:'");
                return Optional.empty();
            }
            return Optional.of(v);
        }
        if (!v.startsWith("/") || v.startsWith("//") || v.contains("..") || v.contains("\\")) {
            problems.add(path, qr.line(), qr.col(), "'qr:' must be an address (https://…) or a path of this site (/…)",
                    "for example 'qr: /meo-nhanh/' or 'qr: https://tongdai111.vn/'");
            return Optional.empty();
        }
        if (site.baseUrl().isEmpty()) {
            problems.add(path, qr.line(), qr.col(), "the QR code points to a page of this site (" + v
                    + "), but the site has no public address", "set 'base_url: https://…' in site.yaml, or write a full https:// address");
            return Optional.empty();
        }
        String base = site.baseUrl().get();
        return Optional.of((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + v);
    }

    private Optional<PrintImage> image(PrintText named) {
        String v = named.text().strip().replaceFirst("^/", "");
        if (v.contains("..") || v.contains("\\") || v.contains("://")) {
            problems.add(path, named.line(), named.col(), "images must be files of this site", "for example 'assets/print/anh.png'");
            return Optional.empty();
        }
        Path file = site.root().resolve(v).normalize();
        if (!file.startsWith(site.root().normalize()) || !Files.isRegularFile(file)) {
            problems.add(path, named.line(), named.col(), "the image \"" + v + "\" does not exist",
                    "put the file in the site folder and write its path from there, e.g. 'assets/print/anh.png'");
            return Optional.empty();
        }
        return Optional.of(new PrintImage(file, named));
    }

    private void formatSpecific(PrintFormat format, List<PrintText> stickers, boolean perSchool) {
        if (format == PrintFormat.STICKER_SHEET && stickers.isEmpty()) {
            problemAtKey("format", "a sticker sheet needs 'stickers:', a list of short texts",
                    "for example: stickers: [\"Không một mình\", \"Gọi 111\"]");
        }
        if (format != PrintFormat.STICKER_SHEET && fm.has("stickers")) {
            problemAtKey("stickers", "'stickers:' only applies to format sticker-sheet", "remove it");
        }
        if (format != PrintFormat.BOOKMARK && fm.has("back")) {
            problemAtKey("back", "'back:' only applies to format bookmark", "remove it, or put the text in the body");
        }
        if (format != PrintFormat.TIPS_POSTER && fm.has("tips")) {
            problemAtKey("tips", "'tips:' only applies to format tips-poster", "remove it");
        }
        if (perSchool && format != PrintFormat.POSTER_A4 && format != PrintFormat.POSTER_A3 && format != PrintFormat.BOOKMARK) {
            problemAtKey("per_school", "per-school copies exist for poster-a4, poster-a3 and bookmark only", "remove 'per_school:'");
        }
    }

    private List<PrintText> stickers() {
        List<String> texts = fm.texts("stickers");
        List<PrintText> out = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            int[] at = fm.itemPosition("stickers", i);
            out.add(new PrintText(texts.get(i), path, at[0], at[1]));
        }
        return out;
    }
}
