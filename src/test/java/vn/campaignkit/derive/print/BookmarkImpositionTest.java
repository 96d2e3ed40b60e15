package vn.campaignkit.derive.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bookmarks are imposed as many up as fit on A4 with their bleed, without overlapping, with backs behind fronts; marks stay outside every bleed. */
class BookmarkImpositionTest {
    private static final Box A4 = new Box(0, 0, Box.mm(210), Box.mm(297));

    @Test
    void fiveBookmarksWithBleedFitOnAnA4SheetTurnedAQuarter() {
        float bleed = Box.mm(3);
        BookmarkImposition plan = BookmarkImposition.plan(A4, Box.mm(50), Box.mm(150), bleed, 2 * bleed, Box.mm(8));
        assertThat(plan.count()).isEqualTo(5);
        List<Box> trims = plan.fronts().stream().map(p -> p.trim(Box.mm(50), Box.mm(150))).toList();
        for (Box t : trims) {
            assertThat(Box.toMm(t.w())).isCloseTo(150, within(0.01));
            assertThat(Box.toMm(t.h())).isCloseTo(50, within(0.01));
            assertThat(A4.inset(Box.mm(8)).contains(t.outset(bleed))).as("bleed stays inside the sheet's margin").isTrue();
        }
        for (int i = 0; i < trims.size(); i++) {
            for (int j = i + 1; j < trims.size(); j++) {
                Box a = trims.get(i).outset(bleed);
                Box b = trims.get(j).outset(bleed);
                boolean overlap = a.x() < b.right() - 0.01 && b.x() < a.right() - 0.01 && a.y() < b.top() - 0.01 && b.y() < a.top() - 0.01;
                assertThat(overlap).as("bleeds of pieces " + i + " and " + j).isFalse();
            }
        }
    }

    @Test
    void backsAreMirroredForLongEdgeDuplex() {
        BookmarkImposition plan = BookmarkImposition.plan(A4, Box.mm(50), Box.mm(150), Box.mm(3), Box.mm(6), Box.mm(8));
        for (int i = 0; i < plan.count(); i++) {
            Box front = plan.fronts().get(i).trim(Box.mm(50), Box.mm(150));
            Box back = plan.backs().get(i).trim(Box.mm(50), Box.mm(150));
            assertThat(back.x()).isCloseTo(A4.w() - front.right(), within(0.01f));
            assertThat(back.y()).isCloseTo(front.y(), within(0.01f));
            assertThat(plan.backs().get(i).quarterTurns()).isEqualTo(plan.fronts().get(i).quarterTurns() == 1 ? 3 : 0);
        }
    }

    @Test
    void cropMarksStartOutsideTheBleed() {
        Box trim = new Box(Box.mm(11), Box.mm(11), Box.mm(210), Box.mm(297));
        Box bleed = trim.outset(Box.mm(3));
        for (CropMarks.Mark m : CropMarks.around(trim, Box.mm(3))) {
            Box line = new Box(Math.min(m.x1(), m.x2()), Math.min(m.y1(), m.y2()), Math.abs(m.x2() - m.x1()), Math.abs(m.y2() - m.y1()));
            boolean touches = line.x() <= bleed.right() && line.right() >= bleed.x() && line.y() <= bleed.top() && line.top() >= bleed.y();
            assertThat(touches).as(m.toString()).isFalse();
        }
        BookmarkImposition plan = BookmarkImposition.plan(A4, Box.mm(50), Box.mm(150), Box.mm(3), Box.mm(6), Box.mm(8));
        for (CropMarks.Mark m : CropMarks.sheet(A4, plan.printed(), plan.xs(), plan.ys())) {
            boolean inside = m.x1() > plan.printed().x() && m.x1() < plan.printed().right() && m.y1() > plan.printed().y() && m.y1() < plan.printed().top()
                    && m.x2() > plan.printed().x() && m.x2() < plan.printed().right() && m.y2() > plan.printed().y() && m.y2() < plan.printed().top();
            assertThat(inside).isFalse();
            assertThat(A4.contains(new Box(Math.min(m.x1(), m.x2()), Math.min(m.y1(), m.y2()), Math.abs(m.x2() - m.x1()), Math.abs(m.y2() - m.y1())))).isTrue();
        }
    }
}
