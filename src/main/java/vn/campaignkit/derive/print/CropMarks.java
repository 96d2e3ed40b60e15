package vn.campaignkit.derive.print;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Crop and cut marks: hairlines in registration colour that continue the trim lines outside the
 * bleed, starting a small gap away from it so they never print on the product.
 */
final class CropMarks {
    /** A mark from (x1, y1) to (x2, y2), in points. */
    record Mark(float x1, float y1, float x2, float y2) {
    }

    private CropMarks() {
    }

    /** The eight marks around one trimmed page. */
    static List<Mark> around(Box trim, float bleed) {
        float gap = Box.mm(PageGeometry.MARK_GAP_MM);
        float len = Box.mm(PageGeometry.MARK_LENGTH_MM);
        float near = bleed + gap;
        float far = near + len;
        List<Mark> marks = new ArrayList<>();
        for (float x : new float[] {trim.x(), trim.right()}) {
            marks.add(new Mark(x, trim.y() - far, x, trim.y() - near));
            marks.add(new Mark(x, trim.top() + near, x, trim.top() + far));
        }
        for (float y : new float[] {trim.y(), trim.top()}) {
            marks.add(new Mark(trim.x() - far, y, trim.x() - near, y));
            marks.add(new Mark(trim.right() + near, y, trim.right() + far, y));
        }
        return marks;
    }

    /**
     * Cut marks for a sheet of pieces: every vertical cut {@code xs} gets a mark above and below the
     * printed area {@code printed} (the union of all bleeds), every horizontal cut {@code ys} one on
     * the left and the right, each as long as the sheet margin allows (at most the usual length).
     */
    static List<Mark> sheet(Box sheet, Box printed, SortedSet<Float> xs, SortedSet<Float> ys) {
        float gap = Box.mm(PageGeometry.MARK_GAP_MM);
        float edge = Box.mm(1);
        float len = Box.mm(PageGeometry.MARK_LENGTH_MM);
        List<Mark> marks = new ArrayList<>();
        float below = Math.min(len, printed.y() - gap - edge - sheet.y());
        float above = Math.min(len, sheet.top() - edge - printed.top() - gap);
        float left = Math.min(len, printed.x() - gap - edge - sheet.x());
        float right = Math.min(len, sheet.right() - edge - printed.right() - gap);
        for (float x : xs) {
            marks.add(new Mark(x, printed.y() - gap - below, x, printed.y() - gap));
            marks.add(new Mark(x, printed.top() + gap, x, printed.top() + gap + above));
        }
        for (float y : ys) {
            marks.add(new Mark(printed.x() - gap - left, y, printed.x() - gap, y));
            marks.add(new Mark(printed.right() + gap, y, printed.right() + gap + right, y));
        }
        return marks;
    }

    static void draw(Canvas c, List<Mark> marks) throws IOException {
        for (Mark m : marks) {
            c.registrationLine(m.x1(), m.y1(), m.x2(), m.y2());
        }
    }
}
