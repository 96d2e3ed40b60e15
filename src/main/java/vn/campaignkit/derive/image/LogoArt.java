package vn.campaignkit.derive.image;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.view.ViewBox;
import com.github.weisj.jsvg.view.FloatSize;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import javax.imageio.ImageIO;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.ImageFormat;
import vn.campaignkit.source.ImageProbe;
import vn.campaignkit.source.SvgDocuments;

/** A logo from the site's assets, SVG (drawn as vectors with JSVG) or PNG, JPEG or GIF, painted into a box keeping its shape. */
public final class LogoArt {
    private final SVGDocument svg;
    private final BufferedImage bitmap;
    private final double width;
    private final double height;

    private LogoArt(SVGDocument svg, BufferedImage bitmap, double width, double height) {
        this.svg = svg;
        this.bitmap = bitmap;
        this.width = width;
        this.height = height;
    }

    /**
     * Reads a logo from its bytes, whose type is told by the bytes (never the file name); an unreadable, empty
     * or unsupported file is reported at the key that named it.
     *
     * @param name     the logo's site path, for problems
     * @param sitePath the site-relative path of the file that names the logo, for problems
     */
    public static Optional<LogoArt> read(byte[] bytes, String name, String sitePath, int line, int col, Problems problems) {
        if (ImageProbe.of(bytes) instanceof ImageProbe.Unreadable u) {
            problems.add(sitePath, line, col, "the logo " + name + " cannot be used: " + u.reason(), u.hint());
            return Optional.empty();
        }
        ImageFormat format = ImageFormat.sniff(bytes).orElseThrow();
        if (format == ImageFormat.SVG) {
            Optional<SVGDocument> doc = SvgDocuments.load(bytes);
            if (doc.isEmpty() || doc.get().size().width <= 0 || doc.get().size().height <= 0) {
                problems.add(sitePath, line, col, "the logo " + name + " is not a readable SVG with a size",
                        "give the <svg> element a viewBox or width and height");
                return Optional.empty();
            }
            FloatSize size = doc.get().size();
            return Optional.of(new LogoArt(doc.get(), null, size.width, size.height));
        }
        if (format == ImageFormat.WEBP) {
            problems.add(sitePath, line, col, "the logo " + name + " is a WebP image, which cannot be drawn into frames and prints",
                    "use the logo as SVG or PNG");
            return Optional.empty();
        }
        try {
            BufferedImage image = ImageIO.read(new java.io.ByteArrayInputStream(bytes));
            if (image == null) {
                problems.add(sitePath, line, col, "the logo " + name + " cannot be read", "export the logo again as SVG or PNG");
                return Optional.empty();
            }
            return Optional.of(new LogoArt(null, image, image.getWidth(), image.getHeight()));
        } catch (IOException e) {
            problems.add(sitePath, line, col, "the logo " + name + " cannot be read: " + e.getMessage(), "export the logo again as SVG or PNG");
            return Optional.empty();
        }
    }

    /** Width divided by height. */
    public double aspect() {
        return width / height;
    }

    /** Paints the logo as large as fits inside the box, centred in it. */
    public void paint(Graphics2D g, double x, double y, double boxWidth, double boxHeight) {
        double scale = Math.min(boxWidth / width, boxHeight / height);
        double w = width * scale;
        double h = height * scale;
        double left = x + (boxWidth - w) / 2;
        double top = y + (boxHeight - h) / 2;
        if (svg != null) {
            Graphics2D copy = (Graphics2D) g.create();
            try {
                svg.render((Component) null, copy, new ViewBox((float) left, (float) top, (float) w, (float) h));
            } finally {
                copy.dispose();
            }
        } else {
            g.drawImage(bitmap, new java.awt.geom.AffineTransform(scale, 0, 0, scale, left, top), null);
        }
    }
}
