package vn.campaignkit.derive.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.print.PrintBlock;
import vn.campaignkit.model.print.PrintText;
import vn.campaignkit.model.print.Span;

/**
 * An A4 sheet of round stickers: a header with the campaign name, hotline and hashtags, then as
 * many circles as fit, cycling through the sheet's sticker texts and the campaign colours. Print
 * shops get a {@code CutContour} die line per sticker; office copies get dashed cutting guides.
 */
record StickerSheetDesign() implements Design {
    private static final double DIAMETER_MM = 58;
    private static final float SAFE_IN_CIRCLE = Box.mm(5);

    /** Colours of one sticker: background and text. */
    private record Look(Ink background, Ink text) {
    }

    /** One prepared sticker design. */
    private record Sticker(Look look, LaidText main, LaidText number, LaidText tag) {
    }

    @Override
    public Optional<List<Face>> prepare(DesignContext ctx, Box area) {
        float margin = Box.mm(8);
        Box inner = area.inset(margin);
        PrintSite.Hotline hotline = ctx.site.hotline();
        List<PrintBlock> header = new ArrayList<>(PosterDesign.brandBlocks(ctx));
        header.add(new PrintBlock.Paragraph(List.of(new Span(hotline.number() + " ", true),
                new Span(hotline.name().text() + "  ·  " + ctx.site.hashtagLine(), false)), hotline.name().line()));
        float headerH = Box.mm(15);
        Optional<LaidText> head = ctx.fit(header, ctx.site.title(), "the sheet's header",
                new TextStyle(FontFace.REGULAR, FontFace.EXTRABOLD, 11, 7, 1.3f, 0.1f, true), new Box(0, 0, inner.w(), headerH));
        float radius = Box.mm(DIAMETER_MM / 2);
        float spacing = ctx.printShop ? 2 * ctx.bleed + Box.mm(2) : Box.mm(5);
        Box grid = inner.below(headerH + Box.mm(4));
        int cols = (int) Math.floor((grid.w() + spacing) / (2 * radius + spacing));
        int rows = (int) Math.floor((grid.h() + spacing) / (2 * radius + spacing));
        List<Look> looks = List.of(new Look(ctx.primary, Ink.WHITE), new Look(ctx.accent, ctx.dark),
                new Look(ctx.dark, Ink.WHITE), new Look(ctx.light, ctx.primary));
        List<Sticker> stickers = new ArrayList<>();
        float r = radius - SAFE_IN_CIRCLE;
        for (int i = 0; i < ctx.printable.stickers().size(); i++) {
            PrintText text = ctx.printable.stickers().get(i);
            Optional<LaidText> main = ctx.fit(text, "the sticker text", TextStyle.headline(24, 8, true),
                    new Box(0, 0, 1.55f * r, 0.62f * r));
            Optional<LaidText> number = ctx.fit(ctx.siteText(hotline.number()), "the hotline number",
                    TextStyle.headline(11, 8, true), new Box(0, 0, 0.7f * r, 0.3f * r));
            Optional<LaidText> tag = ctx.fit(ctx.siteText(ctx.site.hashtags().isEmpty() ? "" : ctx.site.hashtags().get(0)),
                    "the hashtag", new TextStyle(FontFace.BOLD, FontFace.BOLD, 8, 6, 1.1f, 0, true), new Box(0, 0, 1.2f * r, 0.26f * r));
            if (main.isEmpty() || number.isEmpty() || tag.isEmpty()) {
                return Optional.empty();
            }
            stickers.add(new Sticker(looks.get(i % looks.size()), main.get(), number.get(), tag.get()));
        }
        if (head.isEmpty() || stickers.isEmpty()) {
            return Optional.empty();
        }
        float blockW = cols * 2 * radius + (cols - 1) * spacing;
        float blockH = rows * 2 * radius + (rows - 1) * spacing;
        float x0 = grid.x() + (grid.w() - blockW) / 2;
        float yTop = grid.top() - (grid.h() - blockH) / 2;
        Face face = c -> {
            c.fill(area.outset(ctx.bleed), Ink.WHITE);
            c.textCentredIn(head.get(), new Box(inner.x(), inner.top() - headerH, inner.w(), headerH), ctx.dark);
            int n = 0;
            for (int row = 0; row < rows; row++) {
                for (int col = 0; col < cols; col++) {
                    float cx = x0 + radius + col * (2 * radius + spacing);
                    float cy = yTop - radius - row * (2 * radius + spacing);
                    drawSticker(c, ctx, stickers.get(n % stickers.size()), cx, cy, radius);
                    n++;
                }
            }
        };
        return Optional.of(List.of(face));
    }

    private static void drawSticker(Canvas c, DesignContext ctx, Sticker s, float cx, float cy, float radius) throws java.io.IOException {
        float r = radius - SAFE_IN_CIRCLE;
        c.circle(cx, cy, radius + ctx.bleed, s.look().background());
        if (s.look().background() == ctx.light) {
            c.strokeCircle(cx, cy, radius - Box.mm(2), Box.mm(1), ctx.primary, 0);
        }
        Box mainBox = new Box(cx - 0.775f * r, cy + 0.05f * r - 0.31f * r, 1.55f * r, 0.62f * r);
        c.textCentredIn(s.main(), mainBox, s.look().text());
        Box pill = new Box(cx - 0.3f * r, cy + 0.5f * r, 0.6f * r, 0.3f * r);
        c.roundRect(pill, pill.h() / 2, s.look().text());
        c.textCentredIn(s.number(), pill, s.look().background());
        c.textCentredIn(s.tag(), new Box(cx - 0.6f * r, cy - 0.72f * r, 1.2f * r, 0.26f * r), s.look().text());
        if (ctx.printShop) {
            c.cutContourCircle(cx, cy, radius);
        } else {
            c.strokeCircle(cx, cy, radius + Box.mm(0.8), 0.4f, new Ink(0.6f, 0.6f, 0.6f, 0, 0, 0, 0.4f), 2);
        }
    }
}
