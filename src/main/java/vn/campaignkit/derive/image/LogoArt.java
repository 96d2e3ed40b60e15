package vn.campaignkit.derive.image;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import vn.campaignkit.problem.Problems;

/** A logo from the site's assets, SVG (drawn as vectors with JSVG) or PNG, painted into a box keeping its shape. */
public final class LogoArt {
    /** A logo is drawn from its own bytes only: nothing it references outside itself is fetched at build time. */
    private static final LoaderContext OFFLINE = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();
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
     * Reads a logo from its bytes; an unreadable, empty or unsupported file is reported at the key that named it.
     *
     * @param name     the logo's file name, whose extension says SVG or PNG
     * @param sitePath the site-relative path of the file that names the logo, for problems
     */
    public static Optional<LogoArt> read(byte[] bytes, String name, String sitePath, int line, int col, Problems problems) {
        String lower = name.toLowerCase(Locale.ROOT);
        try (InputStream in = new java.io.ByteArrayInputStream(bytes)) {
            if (lower.endsWith(".svg")) {
                SVGDocument doc = new SVGLoader().load(in, null, OFFLINE);
                if (doc == null || doc.size().width <= 0 || doc.size().height <= 0) {
                    problems.add(sitePath, line, col, "the logo " + name + " is not a readable SVG with a size",
                            "give the <svg> element a viewBox or width and height");
                    return Optional.empty();
                }
                FloatSize size = doc.size();
                return Optional.of(new LogoArt(doc, null, size.width, size.height));
            }
            if (lower.endsWith(".png")) {
                BufferedImage image = ImageIO.read(in);
                if (image == null) {
                    problems.add(sitePath, line, col, "the logo " + name + " is not a readable PNG", "export the logo again as PNG or SVG");
                    return Optional.empty();
                }
                return Optional.of(new LogoArt(null, image, image.getWidth(), image.getHeight()));
            }
        } catch (IOException e) {
            problems.add(sitePath, line, col, "the logo " + name + " cannot be read: " + e.getMessage());
            return Optional.empty();
        }
        problems.add(sitePath, line, col, "the logo " + name + " is neither SVG nor PNG", "use an .svg or .png file");
        return Optional.empty();
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
