package vn.campaignkit.derive.print;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.print.PrintBlock;
import vn.campaignkit.model.print.PrintText;
import vn.campaignkit.model.print.Span;

/**
 * An infographic poster of the site's most important tips (highest weight first): a headline band,
 * an optional introduction, numbered cards with each tip's title and summary in two columns, and
 * the hotline footer. A summary too long for its card is reported in the tip's own file.
 */
record TipsPosterDesign() implements Design {

    /** A prepared card. */
    private record Card(LaidText number, LaidText text) {
    }

    @Override
    public Optional<List<Face>> prepare(DesignContext ctx, Box area) {
        List<PrintSite.TipCard> tips = chosen(ctx.site.tips(), ctx.printable.tipCount());
        if (tips.isEmpty()) {
            ctx.preflight.missing(new PrintText("", ctx.printable.path(), 1, 1), "tips",
                    "the site has no tips yet; add files to content/tips/");
            return Optional.empty();
        }
        float u = area.w() / Box.mm(210);
        float m = Math.max(Box.mm(12) * u, Box.mm(8));
        float gap = Box.mm(5) * u;
        Box inner = area.inset(m);
        float bandBottom = area.top() - area.h() * 0.19f;
        Optional<LaidText> brand = ctx.fit(PosterDesign.brandBlocks(ctx), ctx.site.title(), "the campaign name",
                new TextStyle(FontFace.REGULAR, FontFace.EXTRABOLD, 14 * u, 7, 1.2f, 0, false), new Box(0, 0, inner.w(), 14 * u * 1.5f));
        float brandH = brand.map(LaidText::height).orElse(0f);
        Box headlineBox = new Box(inner.x(), bandBottom + gap, inner.w(), inner.top() - brandH - gap - bandBottom - gap);
        Optional<LaidText> headline = ctx.fit(ctx.printable.headline(), "the headline",
                TextStyle.headline(46 * u, Math.max(12 * u, 12), false), headlineBox);
        Optional<HotlineFooter> footer = HotlineFooter.prepare(ctx, inner.w(), u, Math.max(Box.mm(ctx.minQrMm()), Box.mm(38) * u));
        if (brand.isEmpty() || headline.isEmpty() || footer.isEmpty()) {
            return Optional.empty();
        }
        float top = bandBottom - gap * 1.3f;
        Optional<LaidText> intro = Optional.empty();
        Box introBox = new Box(inner.x(), top - area.h() * 0.06f, inner.w(), area.h() * 0.06f);
        if (!ctx.printable.body().isEmpty()) {
            intro = ctx.fit(ctx.printable.body(), PosterDesign.bodyWhere(ctx), "the introduction",
                    TextStyle.body(13 * u, Math.max(8 * u, 8)), introBox);
            if (intro.isEmpty()) {
                return Optional.empty();
            }
            top = introBox.y() - gap;
        }
        int cols = tips.size() <= 3 ? 1 : 2;
        int rows = (tips.size() + cols - 1) / cols;
        float gridBottom = inner.y() + footer.get().height() + gap * 1.3f;
        float cardW = (inner.w() - (cols - 1) * gap) / cols;
        float cardH = (top - gridBottom - (rows - 1) * gap) / rows;
        float pad = Box.mm(4) * u;
        float badge = Box.mm(11) * u;
        List<Card> cards = new ArrayList<>();
        List<List<PrintBlock>> texts = new ArrayList<>();
        TextStyle cardStyle = new TextStyle(FontFace.REGULAR, FontFace.EXTRABOLD, 15 * u, Math.max(8 * u, 8), 1.28f, 0.3f, false);
        Box cardText = new Box(0, 0, cardW - 3 * pad - badge, cardH - 2 * pad);
        float size = cardStyle.maxSize();
        for (int i = 0; i < tips.size(); i++) {
            PrintSite.TipCard tip = tips.get(i);
            Optional<LaidText> number = ctx.fit(ctx.siteText(Integer.toString(i + 1)), "the tip number",
                    TextStyle.headline(20 * u, 8, true), new Box(0, 0, badge, badge));
            List<PrintBlock> blocks = List.of(
                    new PrintBlock.Paragraph(List.of(new Span(tip.title().text(), true)), tip.title().line()),
                    new PrintBlock.Paragraph(List.of(new Span(tip.summary().text(), false)), tip.summary().line()));
            boolean glyphs = ctx.preflight.glyphs(tip.title(), FontFace.BOLD) & ctx.preflight.glyphs(tip.summary(), FontFace.REGULAR);
            if (!glyphs) {
                return Optional.empty();
            }
            Optional<LaidText> text = ctx.fit(blocks, tip.summary(), "the tip's summary on " + ctx.printable.path(),
                    cardStyle.sizes(size, cardStyle.minSize()), cardText);
            if (number.isEmpty() || text.isEmpty()) {
                return Optional.empty();
            }
            size = Math.min(size, text.get().size());
            cards.add(new Card(number.get(), text.get()));
            texts.add(blocks);
        }
        for (int i = 0; i < cards.size(); i++) {
            if (cards.get(i).text().size() > size) {
                TextFitter.Fit same = ctx.fitter.fit(texts.get(i), cardStyle.sizes(size, size), cardText.w(), cardText.h());
                cards.set(i, new Card(cards.get(i).number(), ((TextFitter.Fit.Fits) same).text()));
            }
        }
        Optional<LaidText> introText = intro;
        float gridTop = top;
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
            for (int i = 0; i < cards.size(); i++) {
                int col = i % cols;
                int row = i / cols;
                Box card = new Box(inner.x() + col * (cardW + gap), gridTop - (row + 1) * cardH - row * gap, cardW, cardH);
                c.roundRect(card, Box.mm(3) * u, Ink.WHITE);
                float bx = card.x() + pad;
                float by = card.top() - pad - badge;
                c.circle(bx + badge / 2, by + badge / 2, badge / 2, ctx.accent);
                c.textCentredIn(cards.get(i).number(), new Box(bx, by, badge, badge), ctx.dark);
                Box textBox = new Box(bx + badge + pad, card.y() + pad, cardW - 3 * pad - badge, cardH - 2 * pad);
                c.textCentredIn(cards.get(i).text(), textBox, ctx.dark);
            }
            footer.get().draw(c, ctx, inner.x(), inner.y());
        };
        return Optional.of(List.of(face));
    }

    /** The {@code count} tips with the highest weight; ties in title order, so the choice is stable. */
    static List<PrintSite.TipCard> chosen(List<PrintSite.TipCard> tips, int count) {
        return tips.stream()
                .sorted(Comparator.comparingInt(PrintSite.TipCard::weight).reversed()
                        .thenComparing(t -> t.title().text()))
                .limit(count).toList();
    }
}
