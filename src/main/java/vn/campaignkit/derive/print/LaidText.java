package vn.campaignkit.derive.print;

import java.util.List;

/**
 * Text broken into lines at one font size, ready to draw.
 *
 * @param lines      the lines, top to bottom
 * @param size       font size in points
 * @param ascent     space above the first baseline
 * @param height     total height from the top of the first line to below the last descender
 */
record LaidText(List<Line> lines, float size, float ascent, float height, boolean centred) {

    /** A piece of a line in one face, at an x offset from the line's start. */
    record Piece(String text, FontFace face, float x) {
    }

    /**
     * One line: its pieces, its width, its baseline below the top of the text, and its indent (list items).
     */
    record Line(List<Piece> pieces, float width, float baseline, float indent) {
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Piece p : pieces) {
                sb.append(p.text());
            }
            return sb.toString();
        }
    }

    float widest() {
        float w = 0;
        for (Line l : lines) {
            w = Math.max(w, l.width() + l.indent());
        }
        return w;
    }
}
