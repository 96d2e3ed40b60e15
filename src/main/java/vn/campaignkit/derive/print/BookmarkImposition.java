package vn.campaignkit.derive.print;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Places as many bookmarks on a sheet as fit, upright or turned a quarter, each with its own bleed
 * and a gap of two bleeds between trims; backs are mirrored for printing on both sides (flip on
 * the long edge).
 *
 * @param fronts  where the fronts go on page 1
 * @param backs   where the backs go on page 2, each behind its front
 * @param xs      x of every vertical cut, ys of every horizontal cut
 * @param printed the area covered by the pieces including their bleed
 */
record BookmarkImposition(List<Placement> fronts, List<Placement> backs, SortedSet<Float> xs, SortedSet<Float> ys,
                          Box printed, float pieceW, float pieceH) {

    /**
     * @param sheet  the sheet
     * @param w      product width (upright)
     * @param h      product height (upright)
     * @param bleed  bleed around each piece
     * @param gap    space between the trims of neighbouring pieces (at least two bleeds)
     * @param margin space between the sheet edge and the printed area (room for marks or the printer's edge)
     */
    static BookmarkImposition plan(Box sheet, float w, float h, float bleed, float gap, float margin) {
        int[] upright = grid(sheet, w, h, bleed, gap, margin);
        int[] turned = grid(sheet, h, w, bleed, gap, margin);
        boolean turn = turned[0] * turned[1] > upright[0] * upright[1];
        int cols = turn ? turned[0] : upright[0];
        int rows = turn ? turned[1] : upright[1];
        float pw = turn ? h : w;
        float ph = turn ? w : h;
        float blockW = cols * pw + (cols - 1) * gap;
        float blockH = rows * ph + (rows - 1) * gap;
        float x0 = sheet.x() + (sheet.w() - blockW) / 2;
        float y0 = sheet.y() + (sheet.h() - blockH) / 2;
        List<Placement> fronts = new ArrayList<>();
        List<Placement> backs = new ArrayList<>();
        SortedSet<Float> xs = new TreeSet<>();
        SortedSet<Float> ys = new TreeSet<>();
        for (int r = rows - 1; r >= 0; r--) {
            for (int c = 0; c < cols; c++) {
                float x = x0 + c * (pw + gap);
                float y = y0 + r * (ph + gap);
                fronts.add(new Placement(x, y, turn ? 1 : 0));
                float mirroredX = sheet.x() + sheet.right() - x - pw;
                backs.add(new Placement(mirroredX, y, turn ? 3 : 0));
                xs.add(x);
                xs.add(x + pw);
                ys.add(y);
                ys.add(y + ph);
            }
        }
        Box printed = new Box(x0, y0, blockW, blockH).outset(bleed);
        return new BookmarkImposition(List.copyOf(fronts), List.copyOf(backs), xs, ys, printed, pw, ph);
    }

    int count() {
        return fronts.size();
    }

    private static int[] grid(Box sheet, float pw, float ph, float bleed, float gap, float margin) {
        int cols = (int) Math.floor((sheet.w() - 2 * margin - 2 * bleed + gap + 0.01f) / (pw + gap));
        int rows = (int) Math.floor((sheet.h() - 2 * margin - 2 * bleed + gap + 0.01f) / (ph + gap));
        return new int[] {Math.max(cols, 0), Math.max(rows, 0)};
    }
}
