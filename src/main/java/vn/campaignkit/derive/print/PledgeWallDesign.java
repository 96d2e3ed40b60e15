package vn.campaignkit.derive.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.print.PrintBlock;
import vn.campaignkit.model.print.PrintText;
import vn.campaignkit.model.print.Span;

/**
 * The "Bức tường An toàn số" commitment poster: headline band, an optional introduction, the site's
 * pledge (one commitment per line), a grid of numbered signature lines filling the free space, and
 * the hotline footer.
 */
record PledgeWallDesign() implements Design {

    @Override
    public Optional<List<Face>> prepare(DesignContext ctx, Box area) {
        if (ctx.site.pledge().isEmpty()) {
            ctx.preflight.missing(new PrintText("", ctx.printable.path(), 1, 1), "the site's pledge",
                    "add 'pledge:' to site.yaml, one commitment per line");
            return Optional.empty();
        }
        float u = area.w() / Box.mm(210);
        float m = Math.max(Box.mm(12) * u, Box.mm(8));
        float gap = Box.mm(6) * u;
        Box inner = area.inset(m);
        float bandBottom = area.top() - area.h() * 0.17f;
        Optional<LaidText> brand = ctx.fit(PosterDesign.brandBlocks(ctx), ctx.site.title(), "the campaign name",
                new TextStyle(FontFace.REGULAR, FontFace.EXTRABOLD, 14 * u, 7, 1.2f, 0, false), new Box(0, 0, inner.w(), 14 * u * 1.5f));
        float brandH = brand.map(LaidText::height).orElse(0f);
        Box headlineBox = new Box(inner.x(), bandBottom + gap, inner.w(), inner.top() - brandH - gap - bandBottom - gap);
        Optional<LaidText> headline = ctx.fit(ctx.printable.headline(), "the headline",
                TextStyle.headline(50 * u, Math.max(12 * u, 12), false), headlineBox);
        Optional<HotlineFooter> footer = HotlineFooter.prepare(ctx, inner.w(), u, Math.max(Box.mm(ctx.minQrMm()), Box.mm(30) * u));
        float top = bandBottom - gap;
        Optional<LaidText> intro = Optional.empty();
        Box introBox = new Box(inner.x(), top - area.h() * 0.07f, inner.w(), area.h() * 0.07f);
        if (!ctx.printable.body().isEmpty()) {
            intro = ctx.fit(ctx.printable.body(), PosterDesign.bodyWhere(ctx), "the introduction",
                    TextStyle.body(15 * u, Math.max(8 * u, 8)), introBox);
            if (intro.isEmpty()) {
                return Optional.empty();
            }
            top = introBox.y() - gap * 0.6f;
        }
        PrintText pledge = ctx.site.pledge().get();
        float pad = Box.mm(6) * u;
        Box pledgeCard = new Box(inner.x(), top - area.h() * 0.19f, inner.w(), area.h() * 0.19f);
        Optional<LaidText> pledgeText = ctx.fit(pledgeItems(pledge), pledge, "the pledge",
                new TextStyle(FontFace.BOLD, FontFace.EXTRABOLD, 17 * u, Math.max(9 * u, 9), 1.25f, 0.3f, false),
                pledgeCard.inset(pad));
        if (brand.isEmpty() || headline.isEmpty() || footer.isEmpty() || pledgeText.isEmpty()) {
            return Optional.empty();
        }
        Box signatures = new Box(inner.x(), inner.y() + footer.get().height() + gap, inner.w(),
                pledgeCard.y() - gap - inner.y() - footer.get().height() - gap);
        int cols = 5;
        float cellH = Box.mm(13) * u;
        int rows = (int) Math.floor(signatures.h() / cellH);
        float cellW = signatures.w() / cols;
        float numberSize = 7 * u;
        Ink line = ctx.dark.mix(Ink.WHITE, 0.55f);
        Optional<LaidText> introText = intro;
        Face face = c -> {
            Box bleed = area.outset(ctx.bleed);
            c.fill(bleed, ctx.light);
            c.fill(new Box(bleed.x(), bandBottom, bleed.w(), bleed.top() - bandBottom), ctx.primary);
            c.fill(new Box(inner.x(), bandBottom - Box.mm(1.6) * u, Box.mm(32) * u, Box.mm(3.2) * u), ctx.accent);
            c.text(brand.get(), inner, inner.top(), Ink.WHITE);
            c.textCentredIn(headline.get(), headlineBox, Ink.WHITE);
            if (introText.isPresent()) {
                c.text(introText.get(), introBox, introBox.top(), ctx.dark);
            }
            c.roundRect(pledgeCard, Box.mm(4) * u, Ink.WHITE);
            c.fill(new Box(pledgeCard.x(), pledgeCard.y() + pad, Box.mm(2.5f) * u, pledgeCard.h() - 2 * pad), ctx.accent);
            c.textCentredIn(pledgeText.get(), pledgeCard.inset(pad), ctx.dark);
            int n = 1;
            for (int r = 0; r < rows; r++) {
                for (int col = 0; col < cols; col++) {
                    float x = signatures.x() + col * cellW;
                    float y = signatures.top() - (r + 1) * cellH;
                    float baseline = y + cellH * 0.25f;
                    c.line(x + cellW * 0.06f, baseline, x + cellW * 0.94f, baseline, 0.8f * u, line);
                    LaidText num = ctx.fitter.single(Integer.toString(n++), FontFace.REGULAR, numberSize, false);
                    c.text(num, new Box(x + cellW * 0.06f, 0, cellW, 0), baseline - Box.mm(1.2) * u, line);
                }
            }
            footer.get().draw(c, ctx, inner.x(), inner.y());
        };
        return Optional.of(List.of(face));
    }

    /** Each line of the pledge becomes one item with a check-style bullet. */
    private static List<PrintBlock> pledgeItems(PrintText pledge) {
        List<PrintBlock> items = new ArrayList<>();
        String[] lines = pledge.text().strip().split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                items.add(new PrintBlock.Item(0, List.of(new Span(lines[i].strip(), false)), pledge.line() + i));
            }
        }
        return items;
    }
}
