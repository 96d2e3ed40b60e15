package vn.campaignkit.derive.print;

import io.nayuki.qrcodegen.QrCode;
import io.nayuki.qrcodegen.QrSegment;
import java.util.Optional;

/**
 * A QR code as modules, encoded with error correction M (H when a logo covers the centre), ready to
 * be drawn as vector rectangles with a four-module quiet zone.
 */
final class QrSymbol {
    static final int QUIET_ZONE = 4;
    /** Smallest printed module (one black square) that phone cameras read reliably at arm's length. */
    static final double MIN_MODULE_MM = 0.4;
    /** Share of the symbol width a centre logo may cover with error correction H. */
    static final double LOGO_SHARE = 0.22;

    private final QrCode code;

    private QrSymbol(QrCode code) {
        this.code = code;
    }

    private static final java.util.Map<String, Optional<QrSymbol>> CACHE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<String, Optional<QrSymbol>> eldest) {
                    return size() > 4096;
                }
            });

    /**
     * Encodes {@code url}; empty when it is too long for any QR version. Recent codes are kept, since
     * every school's URL is drawn on several PDFs and choosing the best mask is the costly part.
     */
    static Optional<QrSymbol> encode(String url, boolean withLogo) {
        String key = (withLogo ? "H " : "M ") + url;
        Optional<QrSymbol> known = CACHE.get(key);
        if (known != null) {
            return known;
        }
        Optional<QrSymbol> made = make(url, withLogo);
        CACHE.put(key, made);
        return made;
    }

    private static Optional<QrSymbol> make(String url, boolean withLogo) {
        QrCode.Ecc ecc = withLogo ? QrCode.Ecc.HIGH : QrCode.Ecc.MEDIUM;
        try {
            QrCode code = QrCode.encodeSegments(QrSegment.makeSegments(url), ecc, QrCode.MIN_VERSION, QrCode.MAX_VERSION, -1, false);
            return Optional.of(new QrSymbol(code));
        } catch (io.nayuki.qrcodegen.DataTooLongException e) {
            return Optional.empty();
        }
    }

    /** Modules per side, without the quiet zone. */
    int modules() {
        return code.size;
    }

    /** Modules per side including the quiet zone on both sides. */
    int modulesWithQuietZone() {
        return code.size + 2 * QUIET_ZONE;
    }

    char errorCorrection() {
        return code.errorCorrectionLevel.name().charAt(0);
    }

    boolean dark(int x, int y) {
        return code.getModule(x, y);
    }
}
