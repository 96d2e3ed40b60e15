package vn.campaignkit.derive.frames;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Test photos written as JPEG files, including one stored sideways with EXIF orientation 6. */
public final class TestPhotos {
    public static final Color GREEN = new Color(0, 160, 0);
    public static final Color RED = new Color(220, 0, 0);
    public static final Color BLUE = new Color(0, 0, 220);

    private TestPhotos() {
    }

    /** A green landscape photo (1600×1000) with a red circle of radius 200 in the middle. */
    public static Path landscapeWithCircle(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(GREEN);
        g.fillRect(0, 0, 1600, 1000);
        g.setColor(RED);
        g.fillOval(600, 300, 400, 400);
        g.dispose();
        return write(folder.resolve("landscape.jpg"), jpeg(image));
    }

    /** A tall photo (700×1400): blue top half, green bottom half. */
    public static Path portrait(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(700, 1400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BLUE);
        g.fillRect(0, 0, 700, 700);
        g.setColor(GREEN);
        g.fillRect(0, 700, 700, 700);
        g.dispose();
        return write(folder.resolve("portrait.jpg"), jpeg(image));
    }

    /**
     * Stored 1200×800 with the left half red and the right half blue, tagged EXIF orientation 6
     * (rotate 90° clockwise to view): shown upright it is 800×1200, red on top and blue below.
     */
    public static Path sidewaysExif6(Path folder) throws IOException {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(RED);
        g.fillRect(0, 0, 600, 800);
        g.setColor(BLUE);
        g.fillRect(600, 0, 600, 800);
        g.dispose();
        byte[] plain = jpeg(image);
        byte[] exif = {
            (byte) 0xFF, (byte) 0xE1, 0, 34,
            'E', 'x', 'i', 'f', 0, 0,
            'M', 'M', 0, 42, 0, 0, 0, 8,
            0, 1,
            0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0,
            0, 0, 0, 0};
        byte[] out = new byte[plain.length + exif.length];
        System.arraycopy(plain, 0, out, 0, 2);
        System.arraycopy(exif, 0, out, 2, exif.length);
        System.arraycopy(plain, 2, out, 2 + exif.length, plain.length - 2);
        return write(folder.resolve("sideways-exif6.jpg"), out);
    }

    /** Bytes that claim to be a HEIC photo but no browser without HEIC support can decode. */
    public static Path heic(Path folder) throws IOException {
        byte[] header = {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e', 'i', 'c'};
        return write(folder.resolve("IMG_0001.HEIC"), header);
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    private static Path write(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        return file;
    }

    public static boolean near(int rgb, Color expected, int tolerance) {
        Color c = new Color(rgb);
        return Math.abs(c.getRed() - expected.getRed()) <= tolerance && Math.abs(c.getGreen() - expected.getGreen()) <= tolerance
                && Math.abs(c.getBlue() - expected.getBlue()) <= tolerance;
    }
}
