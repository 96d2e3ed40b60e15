package vn.campaignkit.derive.print;

import org.apache.pdfbox.util.Matrix;

/**
 * Where one copy of a face goes on a page: the lower-left corner of the rectangle it occupies and
 * a rotation in quarter turns (0 upright, 1 counter-clockwise, 3 clockwise).
 */
record Placement(float x, float y, int quarterTurns) {

    /** The matrix from the face's local coordinates (product {@code w} × {@code h}) to the page. */
    Matrix matrix(float w, float h) {
        return switch (quarterTurns) {
            case 0 -> new Matrix(1, 0, 0, 1, x, y);
            case 1 -> new Matrix(0, 1, -1, 0, x + h, y);
            case 3 -> new Matrix(0, -1, 1, 0, x, y + w);
            default -> throw new IllegalArgumentException("quarter turns must be 0, 1 or 3");
        };
    }

    /** The page rectangle the product occupies (without bleed). */
    Box trim(float w, float h) {
        return quarterTurns == 0 ? new Box(x, y, w, h) : new Box(x, y, h, w);
    }
}
