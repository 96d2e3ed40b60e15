package vn.campaignkit.derive.image;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/** Wraps text into lines that fit a width, and finds the largest font size that fits a box. */
public final class TextFit {
    private TextFit() {
    }

    /**
     * The text broken at spaces into lines no wider than {@code maxWidth} (a single over-long word keeps its
     * own line), balanced: the same number of lines as greedy filling, but as even as possible.
     */
    public static List<String> wrap(String text, Font font, double maxWidth) {
        List<String> greedy = greedy(text, font, maxWidth);
        if (greedy.size() < 2) {
            return greedy;
        }
        double low = widest(greedy, font) / greedy.size();
        double high = maxWidth;
        List<String> best = greedy;
        for (int i = 0; i < 14; i++) {
            double mid = (low + high) / 2;
            List<String> attempt = greedy(text, font, mid);
            if (attempt.size() <= greedy.size() && widest(attempt, font) <= mid + 0.01) {
                best = attempt;
                high = mid;
            } else {
                low = mid;
            }
        }
        return best;
    }

    private static List<String> greedy(String text, Font font, double maxWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && TextShapes.advance(candidate, font) > maxWidth) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A wrapped block: the font size chosen and its lines. */
    public record Block(Font font, List<String> lines) {
    }

    /**
     * The largest size between {@code minSize} and {@code maxSize} (steps of 2 %) at which the text wraps
     * into at most {@code maxLines} lines of at most {@code maxWidth}; at {@code minSize} it returns
     * whatever wrapping results.
     */
    public static Block fit(String text, TypeFaces faces, FontWeight weight, double maxSize, double minSize,
                            double maxWidth, int maxLines) {
        for (double size = maxSize; size > minSize; size *= 0.98) {
            Font font = faces.font(weight, size);
            List<String> lines = wrap(text, font, maxWidth);
            if (lines.size() <= maxLines && widest(lines, font) <= maxWidth) {
                return new Block(font, lines);
            }
        }
        Font font = faces.font(weight, minSize);
        return new Block(font, wrap(text, font, maxWidth));
    }

    /** The largest size at which a single line fits {@code maxWidth}, never above {@code maxSize}. */
    public static Font fitLine(String text, TypeFaces faces, FontWeight weight, double maxSize, double maxWidth) {
        Font base = faces.font(weight, maxSize);
        double width = TextShapes.advance(text, base);
        return width <= maxWidth ? base : faces.font(weight, maxSize * maxWidth / width);
    }

    public static double widest(List<String> lines, Font font) {
        double w = 0;
        for (String line : lines) {
            w = Math.max(w, TextShapes.advance(line, font));
        }
        return w;
    }
}
