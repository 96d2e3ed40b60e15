package vn.campaignkit.derive.print;

import java.util.List;
import java.util.Optional;

/**
 * A format's design: fits every text into its box and checks QR codes and images for a given
 * product size, then returns the faces to draw (front and back for a bookmark, one for the others).
 * Empty when a preflight problem was reported.
 */
sealed interface Design permits PosterDesign, BookmarkDesign, StickerSheetDesign, PledgeWallDesign, TipsPosterDesign {

    /** {@code area} is the product in local coordinates: origin (0, 0), the trimmed (or office) size. */
    Optional<List<Face>> prepare(DesignContext ctx, Box area);
}
