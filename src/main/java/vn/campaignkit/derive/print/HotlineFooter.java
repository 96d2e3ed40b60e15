package vn.campaignkit.derive.print;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.print.PrintBlock;
import vn.campaignkit.model.print.PrintText;
import vn.campaignkit.model.print.Span;

/**
 * The foot every printable shares: a card with the hotline number (111) and its name, the QR code
 * when there is one, and the official hashtags on a line below.
 */
final class HotlineFooter {
    private final Optional<QrBlock> qr;
    private final LaidText number;
    private final LaidText words;
    private final LaidText hashtags;
    private final float width;
    private final float rowHeight;
    private final float cardHeight;
    private final float numberWidth;
    private final float gap;
    private final float pad;

    private HotlineFooter(Optional<QrBlock> qr, LaidText number, LaidText words, LaidText hashtags, float width,
                          float rowHeight, float cardHeight, float numberWidth, float gap, float pad) {
        this.qr = qr;
        this.number = number;
        this.words = words;
        this.hashtags = hashtags;
        this.width = width;
        this.rowHeight = rowHeight;
        this.cardHeight = cardHeight;
        this.numberWidth = numberWidth;
        this.gap = gap;
        this.pad = pad;
    }

    /**
     * @param u          the design's scale (1 for A4 width)
     * @param qrSymbolPt the design's QR size (symbol without quiet zone)
     */
    static Optional<HotlineFooter> prepare(DesignContext ctx, float width, float u, float qrSymbolPt) {
        float gap = Box.mm(5) * u;
        float pad = Box.mm(4) * u;
        Optional<DesignContext.QrTarget> target = ctx.qrTarget();
        Optional<QrBlock> qr = Optional.empty();
        if (target.isPresent()) {
            qr = QrBlock.prepare(ctx, target.get(), qrSymbolPt, width * 0.45f, 9 * u);
            if (qr.isEmpty()) {
                return Optional.empty();
            }
        }
        float cardHeight = qr.map(QrBlock::outer).orElse(Box.mm(30) * u);
        cardHeight = Math.max(Math.min(cardHeight, Box.mm(44) * u), Box.mm(26) * u);
        float rowHeight = Math.max(cardHeight, qr.map(QrBlock::height).orElse(0f));
        float cardWidth = width - qr.map(q -> q.outer() + gap).orElse(0f);
        PrintSite.Hotline hotline = ctx.site.hotline();
        PrintText num = ctx.siteText(hotline.number());
        Optional<LaidText> number = ctx.fit(num, "the hotline number", TextStyle.headline(cardHeight * 0.9f, 8, false),
                new Box(0, 0, cardWidth * 0.42f, cardHeight - 2 * pad));
        if (number.isEmpty()) {
            return Optional.empty();
        }
        float numberWidth = number.get().widest();
        List<PrintBlock> lines = List.of(
                new PrintBlock.Paragraph(List.of(new Span(hotline.name().text(), true)), hotline.name().line()),
                new PrintBlock.Paragraph(List.of(new Span(hotline.note().text(), false)), hotline.note().line()));
        TextStyle wordsStyle = TextStyle.body(15 * u, 6).sizes(15 * u, Math.min(6, 15 * u));
        Optional<LaidText> words = ctx.fit(lines, hotline.name(), "the hotline's name", wordsStyle,
                new Box(0, 0, cardWidth - numberWidth - 3 * pad, cardHeight - 2 * pad));
        PrintText tags = ctx.siteText(ctx.site.hashtagLine());
        TextStyle tagStyle = new TextStyle(FontFace.BOLD, FontFace.BOLD, 15 * u, Math.min(6, 15 * u), 1.2f, 0, true);
        Optional<LaidText> hashtags = ctx.fit(tags, "the hashtags", tagStyle, new Box(0, 0, width, 15 * u * 2.6f));
        if (words.isEmpty() || hashtags.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HotlineFooter(qr, number.get(), words.get(), hashtags.get(), width, rowHeight,
                cardHeight, numberWidth, gap, pad));
    }

    float height() {
        return rowHeight + gap * 0.8f + hashtags.height();
    }

    /** Draws the footer with its bottom-left corner at (x, y). */
    void draw(Canvas c, DesignContext ctx, float x, float y) throws IOException {
        c.text(hashtags, new Box(x, y, width, hashtags.height()), y + hashtags.height(), ctx.primary);
        float rowTop = y + height();
        float cardWidth = width - qr.map(q -> q.outer() + gap).orElse(0f);
        Box card = new Box(x, rowTop - cardHeight, cardWidth, cardHeight);
        c.roundRect(card, pad * 1.2f, ctx.accent);
        Box inner = card.inset(pad);
        c.textCentredIn(number, new Box(inner.x(), inner.y(), numberWidth, inner.h()), ctx.dark);
        Box wordsBox = new Box(inner.x() + numberWidth + pad, inner.y(), inner.w() - numberWidth - pad, inner.h());
        c.textCentredIn(words, wordsBox, ctx.dark);
        if (qr.isPresent()) {
            qr.get().draw(c, x + width - qr.get().outer(), rowTop, ctx.dark);
        }
    }
}
