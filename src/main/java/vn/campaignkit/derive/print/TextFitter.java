package vn.campaignkit.derive.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.campaignkit.model.print.PrintBlock;
import vn.campaignkit.model.print.Span;

/**
 * The layout engine: wraps paragraphs and list items into a box using the real advance widths of
 * the font, trying the largest size first and shrinking in small steps. It never cuts text: when
 * even the smallest size does not fit, the caller gets {@link Fit.TooLong} and reports a problem.
 */
final class TextFitter {
    private static final float STEP = 0.94f;

    private final FontSet fonts;

    TextFitter(FontSet fonts) {
        this.fonts = fonts;
    }

    /** The outcome of fitting text into a box. */
    sealed interface Fit permits Fit.Fits, Fit.TooLong {
        record Fits(LaidText text) implements Fit {
        }

        /** Even at the smallest size the text does not fit; {@code detail} says by how much. */
        record TooLong(String detail) implements Fit {
        }
    }

    /**
     * The largest size on the ladder max, max·0.94, max·0.94², …, min at which the text fits, found by
     * bisection over the ladder (the height only grows with the size).
     */
    Fit fit(List<PrintBlock> blocks, TextStyle style, float width, float height) {
        List<Float> ladder = new ArrayList<>();
        for (float s = style.maxSize(); s > style.minSize() + 0.001f; s *= STEP) {
            ladder.add(s);
        }
        ladder.add(style.minSize());
        int last = ladder.size() - 1;
        LaidText smallest = lay(blocks, style, ladder.get(last), width);
        if (smallest == null || smallest.height() > height + 0.01f) {
            float size = ladder.get(last);
            if (smallest == null) {
                return new Fit.TooLong(String.format(Locale.ROOT, "a word is wider than the %.0f mm box even at %.0f pt",
                        Box.toMm(width), size));
            }
            return new Fit.TooLong(String.format(Locale.ROOT, "it needs %.0f mm of height at %.0f pt, the box has %.0f mm",
                    Box.toMm(smallest.height()), size, Box.toMm(height)));
        }
        int fits = last;
        LaidText best = smallest;
        int lo = 0;
        int hi = last - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            LaidText laid = lay(blocks, style, ladder.get(mid), width);
            if (laid != null && laid.height() <= height + 0.01f) {
                fits = mid;
                best = laid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        boolean balance = style.centred() || style.regular() == FontFace.EXTRABOLD;
        return new Fit.Fits(balance ? balanced(blocks, style, ladder.get(fits), width, best) : best);
    }

    /**
     * Evens out the line lengths of short text (headlines, names) by narrowing the measure as long as
     * the number of lines stays the same, so no line ends with a lonely word.
     */
    private LaidText balanced(List<PrintBlock> blocks, TextStyle style, float size, float width, LaidText laid) {
        if (laid.lines().size() < 2 || laid.lines().size() > 6) {
            return laid;
        }
        LaidText best = laid;
        float lo = width * 0.4f;
        float hi = width;
        for (int i = 0; i < 7; i++) {
            float w = (lo + hi) / 2;
            LaidText narrower = lay(blocks, style, size, w);
            if (narrower != null && narrower.lines().size() == laid.lines().size()) {
                best = narrower;
                hi = w;
            } else {
                lo = w;
            }
        }
        return best;
    }

    /** Lays one line of plain text at a fixed size; its width may exceed any box. */
    LaidText single(String text, FontFace face, float size, boolean centred) {
        FontMetrics m = fonts.metrics(face);
        String t = text.strip().replaceAll("\\s+", " ");
        float w = m.width(t, size);
        float ascent = m.ascent(size);
        List<LaidText.Line> lines = List.of(new LaidText.Line(List.of(new LaidText.Piece(t, face, 0)), w, ascent, 0));
        return new LaidText(lines, size, ascent, ascent + m.descent(size), centred);
    }

    float width(String text, FontFace face, float size) {
        return fonts.metrics(face).width(text, size);
    }

    /** Lines at {@code size}, or null when a single word is wider than {@code width}. */
    private LaidText lay(List<PrintBlock> blocks, TextStyle style, float size, float width) {
        FontMetrics regular = fonts.metrics(style.regular());
        float lineHeight = size * style.leading();
        float ascent = regular.ascent(size);
        float descent = regular.descent(size);
        float space = regular.width(" ", size);
        List<LaidText.Line> lines = new ArrayList<>();
        float baseline = ascent;
        boolean first = true;
        PrintBlock previous = null;
        for (PrintBlock block : blocks) {
            if (!first) {
                boolean listContinues = block instanceof PrintBlock.Item && previous instanceof PrintBlock.Item;
                baseline += lineHeight * (listContinues ? style.blockGap() * 0.35f : style.blockGap());
            }
            previous = block;
            float indent = 0;
            List<LaidText.Piece> markerPiece = List.of();
            if (block instanceof PrintBlock.Item item) {
                float mw = fonts.metrics(style.bold()).width(item.marker(), size);
                indent = Math.max(mw, fonts.metrics(style.bold()).width("0.", size)) + size * 0.45f;
                markerPiece = List.of(new LaidText.Piece(item.marker(), style.bold(), -indent));
            }
            float avail = width - indent;
            List<List<LaidText.Piece>> words = breakLongWords(words(block.spans(), style), avail, size);
            if (words == null) {
                return null;
            }
            List<LaidText.Piece> current = new ArrayList<>(markerPiece);
            float x = 0;
            boolean lineHasWords = false;
            for (List<LaidText.Piece> word : words) {
                if (word.isEmpty()) {
                    if (lineHasWords) {
                        lines.add(line(current, x, baseline, indent));
                        baseline += lineHeight;
                        current = new ArrayList<>();
                        x = 0;
                        lineHasWords = false;
                    }
                    continue;
                }
                boolean glued = word.get(0).x() < 0;
                float ww = wordWidth(word, size);
                float start = lineHasWords ? x + (glued ? 0 : space) : 0;
                if (lineHasWords && start + ww > avail + 0.01f) {
                    lines.add(line(current, x, baseline, indent));
                    baseline += lineHeight;
                    current = new ArrayList<>();
                    start = 0;
                }
                append(current, word, start, lineHasWords && start > 0 && !glued, size);
                x = start + ww;
                lineHasWords = true;
                first = false;
            }
            if (lineHasWords) {
                lines.add(line(current, x, baseline, indent));
                baseline += lineHeight;
            }
        }
        if (lines.isEmpty()) {
            return new LaidText(List.of(), size, ascent, 0, style.centred());
        }
        float lastBaseline = baseline - lineHeight;
        return new LaidText(List.copyOf(lines), size, ascent, lastBaseline + descent, style.centred());
    }

    private static LaidText.Line line(List<LaidText.Piece> pieces, float width, float baseline, float indent) {
        return new LaidText.Line(List.copyOf(pieces), width, baseline, indent);
    }

    /** Adds a word to the line, merging it into the previous piece when the face is the same. */
    private void append(List<LaidText.Piece> line, List<LaidText.Piece> word, float start, boolean spaceBefore, float size) {
        float x = start;
        boolean firstFragment = true;
        for (LaidText.Piece frag : word) {
            LaidText.Piece last = line.isEmpty() ? null : line.get(line.size() - 1);
            boolean joinable = last != null && last.face() == frag.face() && last.x() >= 0;
            String prefix = firstFragment && spaceBefore ? " " : "";
            if (joinable) {
                line.set(line.size() - 1, new LaidText.Piece(last.text() + prefix + frag.text(), last.face(), last.x()));
            } else {
                line.add(new LaidText.Piece(frag.text(), frag.face(), x));
            }
            x += fonts.metrics(frag.face()).width(frag.text(), size);
            firstFragment = false;
        }
    }

    /**
     * Splits words wider than the line (long web addresses) after '/', '-', '.', '?' or '&amp;'; the
     * pieces after the first are glued to the one before (marked by a negative x). Null when a
     * piece is still too wide.
     */
    private List<List<LaidText.Piece>> breakLongWords(List<List<LaidText.Piece>> words, float avail, float size) {
        List<List<LaidText.Piece>> out = new ArrayList<>();
        for (List<LaidText.Piece> word : words) {
            if (word.isEmpty() || wordWidth(word, size) <= avail + 0.01f) {
                out.add(word);
                continue;
            }
            if (word.size() != 1) {
                return null;
            }
            LaidText.Piece only = word.get(0);
            FontMetrics m = fonts.metrics(only.face());
            String text = only.text();
            int start = 0;
            int lastBreak = -1;
            boolean firstChunk = true;
            for (int i = 0; i < text.length(); i++) {
                if ("/-.?&".indexOf(text.charAt(i)) >= 0) {
                    lastBreak = i + 1;
                }
                if (m.width(text.substring(start, i + 1), size) > avail + 0.01f) {
                    if (lastBreak <= start) {
                        return null;
                    }
                    out.add(List.of(new LaidText.Piece(text.substring(start, lastBreak), only.face(), firstChunk ? 0 : -1)));
                    firstChunk = false;
                    start = lastBreak;
                }
            }
            out.add(List.of(new LaidText.Piece(text.substring(start), only.face(), firstChunk ? 0 : -1)));
        }
        return out;
    }

    private float wordWidth(List<LaidText.Piece> word, float size) {
        float w = 0;
        for (LaidText.Piece p : word) {
            w += fonts.metrics(p.face()).width(p.text(), size);
        }
        return w;
    }

    /** Words as lists of same-face fragments; an empty list stands for a forced line break. */
    private static List<List<LaidText.Piece>> words(List<Span> spans, TextStyle style) {
        List<List<LaidText.Piece>> words = new ArrayList<>();
        List<LaidText.Piece> word = new ArrayList<>();
        for (Span span : spans) {
            FontFace face = span.bold() ? style.bold() : style.regular();
            StringBuilder frag = new StringBuilder();
            for (int i = 0; i < span.text().length(); i++) {
                char c = span.text().charAt(i);
                if (Character.isWhitespace(c)) {
                    flush(word, frag, face);
                    if (!word.isEmpty()) {
                        words.add(word);
                        word = new ArrayList<>();
                    }
                    if (c == '\n') {
                        words.add(List.of());
                    }
                } else {
                    frag.append(c);
                }
            }
            flush(word, frag, face);
        }
        if (!word.isEmpty()) {
            words.add(word);
        }
        return words;
    }

    private static void flush(List<LaidText.Piece> word, StringBuilder frag, FontFace face) {
        if (frag.length() > 0) {
            word.add(new LaidText.Piece(frag.toString(), face, 0));
            frag.setLength(0);
        }
    }
}
