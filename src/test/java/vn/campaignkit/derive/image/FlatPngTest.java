package vn.campaignkit.derive.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Flat art (frames, Open Graph cards) as palette PNGs: same look, fewer bytes, same bytes every time. */
class FlatPngTest {
    private static final Color PRIMARY = new Color(0x0b5cad);
    private static final Color ACCENT = new Color(0xf2a900);

    /** Like a frame: transparent centre, a gradient band, a ring and anti-aliased Vietnamese text. */
    private static BufferedImage frameLike() {
        BufferedImage image = Canvas.transparent(540, 540);
        Graphics2D g = Canvas.graphics(image);
        g.setPaint(new Color(0x0a2540));
        g.fillRect(0, 0, 60, 60);
        g.setPaint(new GradientPaint(0, 380, PRIMARY, 0, 540, new Color(0x0a2540)));
        g.fillRect(0, 380, 540, 160);
        g.setPaint(ACCENT);
        g.setStroke(new java.awt.BasicStroke(9));
        g.draw(new Ellipse2D.Double(20, 20, 500, 500));
        g.setPaint(Color.WHITE);
        TextShapes.fillCentred(g, "Trường THCS Mẫu Rừng Tràm", Fixtures.faces().font(FontWeight.EXTRABOLD, 34), 270, 450);
        g.dispose();
        return image;
    }

    private static BufferedImage read(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    /** The PNG colour type byte of IHDR: 3 palette, 2 truecolour, 6 truecolour with alpha. */
    private static int colourType(byte[] png) {
        return png[25];
    }

    @Test
    void flatArtBecomesAPalettePngThatLooksTheSameInFewerBytes() throws Exception {
        BufferedImage drawn = frameLike();
        byte[] flat = PngBytes.encodeFlat(drawn);
        byte[] truecolour = PngBytes.encode(drawn);
        assertThat(colourType(flat)).isEqualTo(3);
        assertThat(flat.length).isLessThan(truecolour.length * 2 / 3);
        BufferedImage back = read(flat);
        long squared = 0;
        int worstOpaque = 0;
        for (int y = 0; y < 540; y++) {
            for (int x = 0; x < 540; x++) {
                int a = drawn.getRGB(x, y);
                int b = back.getRGB(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    int d = ((a >>> shift) & 0xFF) * (a >>> 24) / 255 - ((b >>> shift) & 0xFF) * (b >>> 24) / 255;
                    squared += (long) d * d;
                    if (a >>> 24 == 0xFF) {
                        worstOpaque = Math.max(worstOpaque, Math.abs(d));
                    }
                }
            }
        }
        assertThat(Math.sqrt(squared / (540.0 * 540 * 4))).isLessThan(1.5);
        assertThat(worstOpaque).isLessThan(40);
    }

    @Test
    void flatFillsKeepTheirExactColourAndTheCentreStaysTransparent() throws Exception {
        BufferedImage back = read(PngBytes.encodeFlat(frameLike()));
        assertThat(back.getRGB(270, 200) >>> 24).isZero();
        assertThat(back.getRGB(270, 20)).isEqualTo(0xFFf2a900);
        assertThat(back.getRGB(10, 10)).isEqualTo(0xFF0a2540);
    }

    @Test
    void anImageOfFewColoursIsStoredExactly() throws Exception {
        BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                image.setRGB(x, y, (x / 8 * 30 + 20) << 24 | (y / 8 * 60) << 16 | 0x3377);
            }
        }
        byte[] png = PngBytes.encodeFlat(image);
        assertThat(colourType(png)).isEqualTo(3);
        BufferedImage back = read(png);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                assertThat(back.getRGB(x, y)).isEqualTo(image.getRGB(x, y));
            }
        }
    }

    @Test
    void aPhotographStaysTruecolour() throws Exception {
        BufferedImage noise = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(14);
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 200; x++) {
                noise.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        byte[] png = PngBytes.encodeFlat(noise);
        assertThat(colourType(png)).isEqualTo(2);
        assertThat(read(png).getRGB(17, 42)).isEqualTo(noise.getRGB(17, 42));
    }

    @Test
    void theSameDrawingGivesIdenticalBytesOnAnyThread() throws Exception {
        byte[] first = PngBytes.encodeFlat(frameLike());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Callable<byte[]> again = () -> PngBytes.encodeFlat(frameLike());
            java.util.List<Future<byte[]>> runs = pool.invokeAll(java.util.List.of(again, again, again, again));
            for (Future<byte[]> run : runs) {
                assertThat(run.get()).isEqualTo(first);
            }
        } finally {
            pool.shutdown();
        }
    }
}
