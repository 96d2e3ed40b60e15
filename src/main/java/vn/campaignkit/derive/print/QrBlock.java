package vn.campaignkit.derive.print;

import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import vn.campaignkit.model.print.PrintText;

/**
 * A QR code with its printed address underneath: encoded, sized and checked (minimum size of the
 * format, module size, optional centre logo with error correction H) before anything is drawn.
 */
final class QrBlock {
    private final QrSymbol symbol;
    private final float outer;
    private final LaidText label;
    private final Optional<ImageBlock> logo;
    private final Ink dark;

    private QrBlock(QrSymbol symbol, float outer, LaidText label, Optional<ImageBlock> logo, Ink dark) {
        this.symbol = symbol;
        this.outer = outer;
        this.label = label;
        this.logo = logo;
        this.dark = dark;
    }

    /**
     * Prepares the QR code of this copy. {@code symbolPt} is the design's size for the symbol (without
     * quiet zone), {@code maxOuterPt} the room there is; the editor's {@code qr_size} overrides the former.
     */
    static Optional<QrBlock> prepare(DesignContext ctx, DesignContext.QrTarget target, float symbolPt, float maxOuterPt,
                                     float labelSize) {
        Optional<QrSymbol> encoded = QrSymbol.encode(target.url(), target.logo().isPresent());
        if (encoded.isEmpty()) {
            ctx.preflight.qrUnreadable(target.named(), "the address is too long to encode");
            return Optional.empty();
        }
        QrSymbol symbol = encoded.get();
        float size = target.sizeMm().map(Box::mm).orElse(symbolPt);
        double sizeMm = Box.toMm(size);
        if (sizeMm + 0.01 < ctx.minQrMm()) {
            ctx.preflight.qrTooSmall(target.named(), sizeMm, ctx.minQrMm());
            return Optional.empty();
        }
        double moduleMm = sizeMm / symbol.modules();
        if (moduleMm < QrSymbol.MIN_MODULE_MM) {
            ctx.preflight.qrUnreadable(target.named(), String.format(Locale.ROOT,
                    "its squares would be %.2f mm, below %.1f mm (%d × %d modules in %.0f mm)",
                    moduleMm, QrSymbol.MIN_MODULE_MM, symbol.modules(), symbol.modules(), sizeMm));
            return Optional.empty();
        }
        float outer = size * symbol.modulesWithQuietZone() / symbol.modules();
        if (outer > maxOuterPt + 0.01f) {
            ctx.preflight.doesNotFit(target.named(), "the QR code", String.format(Locale.ROOT,
                    "%.0f mm asked, %.0f mm of room", sizeMm, Box.toMm(maxOuterPt) * symbol.modules() / symbol.modulesWithQuietZone()));
            return Optional.empty();
        }
        Optional<ImageBlock> logo = Optional.empty();
        if (target.logo().isPresent()) {
            float side = (float) (size * QrSymbol.LOGO_SHARE);
            logo = ImageBlock.prepare(ctx, target.logo().get(), side, side);
            if (logo.isEmpty()) {
                return Optional.empty();
            }
        }
        PrintText labelText = new PrintText(target.label(), target.named().path(), target.named().line(), target.named().col());
        TextStyle style = TextStyle.label(FontFace.BOLD, labelSize, true).sizes(labelSize, labelSize * 0.7f);
        Optional<LaidText> label = ctx.fit(labelText, "the address under the QR code", style,
                new Box(0, 0, Math.max(outer, Box.mm(18)), labelSize * 2.6f));
        Optional<ImageBlock> placedLogo = logo;
        return label.map(l -> new QrBlock(symbol, outer, l, placedLogo, ctx.dark));
    }

    /** Width and height of the white square including the quiet zone. */
    float outer() {
        return outer;
    }

    /** Total height: the square and the address below it. */
    float height() {
        return outer + label.height();
    }

    float labelHeight() {
        return label.height();
    }

    char errorCorrection() {
        return symbol.errorCorrection();
    }

    /** Draws the square with its top-left corner at (x, top) and the address centred below. */
    void draw(Canvas c, float x, float top, Ink labelInk) throws IOException {
        Box square = new Box(x, top - outer, outer, outer);
        c.qr(symbol, square, dark);
        if (logo.isPresent()) {
            float s = logo.get().width();
            float pad = s * 0.12f;
            Box hole = new Box(square.centreX() - s / 2 - pad, square.centreY() - s / 2 - pad, s + 2 * pad, s + 2 * pad);
            c.fill(hole, Ink.WHITE);
            logo.get().draw(c, new Box(hole.x() + pad, hole.y() + pad, s, s));
        }
        float labelW = Math.max(outer, Box.mm(18));
        c.text(label, new Box(square.centreX() - labelW / 2, 0, labelW, 0), square.y(), labelInk);
    }
}
