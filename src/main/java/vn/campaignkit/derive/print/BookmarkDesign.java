package vn.campaignkit.derive.print;

import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.print.PrintBlock;
import vn.campaignkit.model.print.PrintText;
import vn.campaignkit.model.print.Span;

/**
 * A 50 × 150 mm bookmark. Front: campaign name, headline, body and the hotline card on the campaign
 * colour. Back: the school's name on per-school copies, the back text, the QR code and the hashtags.
 */
record BookmarkDesign() implements Design {
    private static final float SAFE = Box.mm(6);

    @Override
    public Optional<List<Face>> prepare(DesignContext ctx, Box area) {
        Box inner = area.inset(SAFE);
        float gap = Box.mm(4);
        Optional<LaidText> brand = ctx.fit(PosterDesign.brandBlocks(ctx).stream()
                        .map(b -> (PrintBlock) new PrintBlock.Paragraph(List.of(b.spans().get(0)), b.line())).toList(),
                ctx.site.title(), "the campaign name", new TextStyle(FontFace.EXTRABOLD, FontFace.EXTRABOLD, 12, 7, 1.2f, 0, false),
                new Box(0, 0, inner.w(), Box.mm(8)));
        PrintSite.Hotline hotline = ctx.site.hotline();
        float cardH = Box.mm(24);
        Optional<LaidText> number = ctx.fit(ctx.siteText(hotline.number()), "the hotline number",
                TextStyle.headline(34, 12, true), new Box(0, 0, inner.w() - Box.mm(4), Box.mm(13)));
        Optional<LaidText> name = ctx.fit(List.of(new PrintBlock.Paragraph(List.of(new Span(hotline.name().text(), true)),
                        hotline.name().line())), hotline.name(), "the hotline's name",
                new TextStyle(FontFace.BOLD, FontFace.BOLD, 7, 5.5f, 1.15f, 0, true), new Box(0, 0, inner.w() - Box.mm(4), Box.mm(7.5)));
        float headTop = inner.top() - Box.mm(10);
        Box headlineBox = new Box(inner.x(), headTop - Box.mm(44), inner.w(), Box.mm(44));
        Optional<LaidText> headline = ctx.fit(ctx.printable.headline(), "the headline", TextStyle.headline(22, 10, false), headlineBox);
        float bodyTop = headline.map(h -> headlineBox.top() - h.height() - Box.mm(5)).orElse(headlineBox.y());
        Box bodyBox = new Box(inner.x(), inner.y() + cardH + gap, inner.w(), bodyTop - inner.y() - cardH - gap);
        Optional<LaidText> body = ctx.printable.body().isEmpty() ? Optional.empty()
                : ctx.fit(ctx.printable.body(), PosterDesign.bodyWhere(ctx), "the body text", TextStyle.body(9.5f, 6.5f), bodyBox);
        if (brand.isEmpty() || number.isEmpty() || name.isEmpty() || headline.isEmpty()
                || (!ctx.printable.body().isEmpty() && body.isEmpty())) {
            return Optional.empty();
        }
        Face front = c -> {
            c.fill(area.outset(ctx.bleed), ctx.primary);
            c.text(brand.get(), inner, inner.top(), Ink.WHITE);
            c.fill(new Box(inner.x(), inner.top() - Box.mm(8.5), Box.mm(14), Box.mm(1.2)), ctx.accent);
            c.text(headline.get(), headlineBox, headlineBox.top(), Ink.WHITE);
            if (body.isPresent()) {
                c.text(body.get(), bodyBox, bodyBox.top(), Ink.WHITE);
            }
            Box card = new Box(inner.x(), inner.y(), inner.w(), cardH);
            c.roundRect(card, Box.mm(3), ctx.accent);
            Box numberBox = new Box(card.x(), card.top() - Box.mm(15), card.w(), Box.mm(13));
            c.textCentredIn(number.get(), numberBox, ctx.dark);
            Box nameBox = new Box(card.x() + Box.mm(2), card.y() + Box.mm(1), card.w() - Box.mm(4), Box.mm(8));
            c.textCentredIn(name.get(), nameBox, ctx.dark);
        };
        return back(ctx, area, inner).map(back -> List.of(front, back));
    }

    private Optional<Face> back(DesignContext ctx, Box area, Box inner) {
        float gap = Box.mm(4);
        PrintText tags = ctx.siteText(String.join("\n", ctx.site.hashtags()));
        Optional<LaidText> hashtags = ctx.fit(tags, "the hashtags",
                new TextStyle(FontFace.BOLD, FontFace.BOLD, 9, 6, 1.25f, 0, true), new Box(0, 0, inner.w(), Box.mm(16)));
        Optional<QrBlock> qr = Optional.empty();
        if (ctx.qrTarget().isPresent()) {
            float symbol = Box.mm(Math.max(ctx.minQrMm(), 26));
            qr = QrBlock.prepare(ctx, ctx.qrTarget().get(), symbol, inner.w(), 6.5f);
            if (qr.isEmpty()) {
                return Optional.empty();
            }
        }
        Optional<LaidText> school = Optional.empty();
        float schoolH = 0;
        if (ctx.school.isPresent()) {
            schoolH = Box.mm(17);
            school = ctx.fit(PosterDesign.schoolBlocks(ctx.school.get()), ctx.school.get().name(), "the school's name",
                    new TextStyle(FontFace.REGULAR, FontFace.EXTRABOLD, 10, 6, 1.15f, 0.1f, true),
                    new Box(0, 0, inner.w() - Box.mm(3), schoolH - Box.mm(3)));
            if (school.isEmpty()) {
                return Optional.empty();
            }
        }
        float bottomH = hashtags.map(LaidText::height).orElse(0f) + gap + qr.map(QrBlock::height).orElse(0f) + gap;
        float textTop = inner.top() - (schoolH > 0 ? schoolH + gap : Box.mm(3));
        Box textBox = new Box(inner.x(), inner.y() + bottomH, inner.w(), textTop - inner.y() - bottomH);
        List<PrintBlock> backText = ctx.printable.back();
        Optional<LaidText> text = backText.isEmpty() ? Optional.empty()
                : ctx.fit(backText, backWhere(ctx), "the back text", TextStyle.body(9, 6.5f), textBox);
        if (hashtags.isEmpty() || (!backText.isEmpty() && text.isEmpty())) {
            return Optional.empty();
        }
        Optional<QrBlock> code = qr;
        Optional<LaidText> schoolText = school;
        float schoolHeight = schoolH;
        return Optional.of(c -> {
            Box bleed = area.outset(ctx.bleed);
            c.fill(bleed, ctx.light);
            c.fill(new Box(bleed.x(), area.top() - Box.mm(3), bleed.w(), bleed.top() - area.top() + Box.mm(3)), ctx.primary);
            if (schoolText.isPresent()) {
                Box strip = new Box(inner.x(), inner.top() - schoolHeight, inner.w(), schoolHeight);
                c.roundRect(strip, Box.mm(2), ctx.primary.mix(Ink.WHITE, 0.86f));
                c.textCentredIn(schoolText.get(), strip, ctx.dark);
            }
            if (text.isPresent()) {
                c.text(text.get(), textBox, textBox.top(), ctx.dark);
            }
            float y = inner.y();
            c.text(hashtags.get(), inner, y + hashtags.get().height(), ctx.primary);
            y += hashtags.get().height() + gap;
            if (code.isPresent()) {
                QrBlock q = code.get();
                q.draw(c, area.centreX() - q.outer() / 2, y + q.height(), ctx.dark);
            }
            c.fill(new Box(bleed.x(), bleed.y(), bleed.w(), area.y() - bleed.y() + Box.mm(3)), ctx.accent);
        });
    }

    private static PrintText backWhere(DesignContext ctx) {
        List<PrintBlock> back = ctx.printable.back();
        return new PrintText("", ctx.printable.path(), back.isEmpty() ? 1 : back.get(0).line(), 1);
    }
}
