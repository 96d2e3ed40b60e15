package vn.campaignkit.derive.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.print.PrintBlock;
import vn.campaignkit.model.print.PrintText;
import vn.campaignkit.model.print.Span;

/**
 * Posters (A4, A3) and the roll-up standee: a colour band with the campaign name and the headline,
 * an optional picture, the body text, the school's name on per-school copies, and the hotline
 * footer. Sizes scale with the product's width; a standee keeps its bottom free for the stand.
 *
 * @param bandShare  height of the headline band as a share of the product height
 * @param deadZoneMm strip at the bottom of a print-shop copy hidden in the stand's base
 */
record PosterDesign(float bandShare, double deadZoneMm) implements Design {

    static PosterDesign poster() {
        return new PosterDesign(0.37f, 0);
    }

    static PosterDesign standee() {
        return new PosterDesign(0.36f, 170);
    }

    @Override
    public Optional<List<Face>> prepare(DesignContext ctx, Box area) {
        float u = area.w() / Box.mm(210);
        float m = Math.max(Box.mm(12) * u, Box.mm(8));
        float gap = Box.mm(7) * u;
        Box inner = area.inset(m);
        if (ctx.printShop && deadZoneMm > 0) {
            inner = inner.above(Box.mm(deadZoneMm));
        }
        float qrPt = Math.max(Box.mm(ctx.minQrMm()), Box.mm(44) * u);
        Optional<HotlineFooter> footer = HotlineFooter.prepare(ctx, inner.w(), u, qrPt);
        Optional<LaidText> brand = ctx.fit(brandBlocks(ctx), ctx.site.title(), "the campaign name",
                new TextStyle(FontFace.REGULAR, FontFace.EXTRABOLD, 16 * u, 7, 1.2f, 0, false), new Box(0, 0, inner.w(), 16 * u * 1.5f));
        float bandBottom = area.top() - area.h() * bandShare;
        float brandH = brand.map(LaidText::height).orElse(0f);
        Box headlineBox = new Box(inner.x(), bandBottom + gap, inner.w() * 0.96f, inner.top() - brandH - gap - bandBottom - gap);
        Optional<LaidText> headline = ctx.fit(ctx.printable.headline(), "the headline",
                TextStyle.headline(64 * u, Math.max(14 * u, 12), false), headlineBox);
        Optional<LaidText> school = Optional.empty();
        float schoolH = 0;
        if (ctx.school.isPresent()) {
            school = ctx.fit(schoolBlocks(ctx.school.get()), ctx.school.get().name(), "the school's name",
                    new TextStyle(FontFace.REGULAR, FontFace.EXTRABOLD, 20 * u, 8, 1.15f, 0.1f, true),
                    new Box(0, 0, inner.w() - 2 * gap, Box.mm(24) * u - gap));
            schoolH = Box.mm(24) * u;
        }
        if (footer.isEmpty() || brand.isEmpty() || headline.isEmpty() || (ctx.school.isPresent() && school.isEmpty())) {
            return Optional.empty();
        }
        float bodyBottom = inner.y() + footer.get().height() + gap + (schoolH > 0 ? schoolH + gap : 0);
        float bodyTop = bandBottom - gap * 1.4f;
        Optional<ImageBlock> image = Optional.empty();
        Box imageBox = null;
        if (ctx.printable.image().isPresent()) {
            float imageH = area.h() * 0.2f;
            imageBox = new Box(inner.x(), bodyTop - imageH, inner.w(), imageH);
            image = ImageBlock.prepare(ctx, ctx.printable.image().get(), imageBox.w(), imageBox.h());
            if (image.isEmpty()) {
                return Optional.empty();
            }
            bodyTop -= imageH + gap;
        }
        Box bodyBox = new Box(inner.x(), bodyBottom, inner.w(), bodyTop - bodyBottom);
        Optional<LaidText> body = ctx.printable.body().isEmpty() ? Optional.empty()
                : ctx.fit(ctx.printable.body(), bodyWhere(ctx), "the body text", TextStyle.body(22 * u, Math.max(9 * u, 9)), bodyBox);
        if (!ctx.printable.body().isEmpty() && body.isEmpty()) {
            return Optional.empty();
        }
        Box innerBox = inner;
        Optional<LaidText> schoolText = school;
        Optional<ImageBlock> placed = image;
        Box placedBox = imageBox;
        float schoolHeight = schoolH;
        Face face = c -> {
            Box bleed = area.outset(ctx.bleed);
            c.fill(bleed, ctx.light);
            c.fill(new Box(bleed.x(), bandBottom, bleed.w(), bleed.top() - bandBottom), ctx.primary);
            c.fill(new Box(innerBox.x(), bandBottom - Box.mm(1.6) * u, Box.mm(32) * u, Box.mm(3.2) * u), ctx.accent);
            c.text(brand.get(), innerBox, innerBox.top(), Ink.WHITE);
            c.textCentredIn(headline.get(), headlineBox, Ink.WHITE);
            if (placed.isPresent()) {
                placed.get().draw(c, placedBox);
            }
            if (body.isPresent()) {
                c.textCentredIn(body.get(), bodyBox, ctx.dark);
            }
            if (schoolText.isPresent()) {
                float y = innerBox.y() + footer.get().height() + gap;
                Box strip = new Box(innerBox.x(), y, innerBox.w(), schoolHeight);
                c.roundRect(strip, Box.mm(3) * u, ctx.primary.mix(Ink.WHITE, 0.86f));
                c.textCentredIn(schoolText.get(), strip.inset(gap, 0), ctx.dark);
            }
            footer.get().draw(c, ctx, innerBox.x(), innerBox.y());
        };
        return Optional.of(List.of(face));
    }

    /** The campaign name in bold followed by the tagline. */
    static List<PrintBlock> brandBlocks(DesignContext ctx) {
        List<Span> spans = new ArrayList<>();
        spans.add(new Span(ctx.site.title().text(), true));
        if (!ctx.site.tagline().text().isBlank()) {
            spans.add(new Span("  ·  " + ctx.site.tagline().text(), false));
        }
        return List.of(new PrintBlock.Paragraph(spans, ctx.site.title().line()));
    }

    static List<PrintBlock> schoolBlocks(SchoolStamp school) {
        List<PrintBlock> blocks = new ArrayList<>();
        blocks.add(new PrintBlock.Paragraph(List.of(new Span(school.name().text(), true)), school.name().line()));
        if (!school.province().isBlank()) {
            blocks.add(new PrintBlock.Paragraph(List.of(new Span(school.province(), false)), school.name().line()));
        }
        return blocks;
    }

    /** Where the body text starts in the source, for problems. */
    static PrintText bodyWhere(DesignContext ctx) {
        List<PrintBlock> body = ctx.printable.body();
        int line = body.isEmpty() ? 1 : body.get(0).line();
        return new PrintText("", ctx.printable.path(), line, 1);
    }
}
