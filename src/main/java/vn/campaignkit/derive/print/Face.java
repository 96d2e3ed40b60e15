package vn.campaignkit.derive.print;

import java.io.IOException;

/**
 * One prepared side of a design (all text already fitted and checked), drawn in local coordinates
 * where the trimmed product spans (0, 0) to its width and height and the bleed lies outside.
 */
@FunctionalInterface
interface Face {
    void draw(Canvas canvas) throws IOException;
}
