package vn.campaignkit.desk;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import vn.campaignkit.source.ImageFormat;
import vn.campaignkit.source.ImageMetadata;
import vn.campaignkit.source.MalformedImageException;

/**
 * A picture an editor uploads, made fit to publish: its type told by its bytes and proved by decoding it; a
 * photo larger than {@value #MAX_SIDE} px turned upright and scaled down (which also drops all metadata);
 * any other picture kept byte for byte except its private metadata (place, camera, author), removed losslessly.
 */
final class ImageIntake {
    static final int MAX_SIDE = 2000;
    private static final long MAX_PIXELS = 120_000_000L;
    private static final float JPEG_QUALITY = 0.88f;

    /** What became of an upload. */
    sealed interface Result {
        record Accepted(byte[] bytes, ImageFormat format, int width, int height, boolean scaled) implements Result {
        }

        record Refused(String message) implements Result {
        }
    }

    private ImageIntake() {
    }

    static Result take(byte[] bytes) throws IOException {
        Optional<ImageFormat> format = ImageFormat.sniff(bytes);
        if (format.isEmpty() || format.get() == ImageFormat.WEBP || format.get() == ImageFormat.SVG) {
            return new Result.Refused("Tệp này không phải ảnh JPEG, PNG hoặc GIF. Ảnh HEIC hay WebP: hãy mở ảnh rồi lưu "
                    + "(hoặc xuất) thành JPEG trước khi tải lên.");
        }
        Optional<int[]> size = dimensions(bytes);
        if (size.isEmpty()) {
            return new Result.Refused("Không đọc được ảnh này; có thể tệp bị hỏng hoặc chưa tải xong.");
        }
        int width = size.get()[0];
        int height = size.get()[1];
        if ((long) width * height > MAX_PIXELS) {
            return new Result.Refused("Ảnh quá lớn (" + width + " × " + height + " điểm ảnh); hãy thu nhỏ ảnh rồi tải lên lại.");
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            return new Result.Refused("Không đọc được ảnh này; có thể tệp bị hỏng hoặc chưa tải xong.");
        }
        if (Math.max(width, height) <= MAX_SIDE) {
            try {
                return new Result.Accepted(ImageMetadata.withoutPrivateData(bytes), format.get(), width, height, false);
            } catch (MalformedImageException e) {
                return new Result.Refused("Tệp ảnh bị hỏng ở phần thông tin kèm theo; hãy lưu lại ảnh rồi tải lên lại.");
            }
        }
        if (format.get() == ImageFormat.GIF) {
            return new Result.Refused("Ảnh GIF lớn hơn " + MAX_SIDE + " điểm ảnh; hãy thu nhỏ ảnh hoặc lưu thành JPEG.");
        }
        BufferedImage upright = format.get() == ImageFormat.JPEG ? upright(image, JpegOrientation.of(bytes)) : image;
        BufferedImage scaled = scaled(upright, format.get() == ImageFormat.PNG && image.getColorModel().hasAlpha());
        byte[] encoded = format.get() == ImageFormat.JPEG ? jpeg(scaled) : png(scaled);
        return new Result.Accepted(encoded, format.get(), scaled.getWidth(), scaled.getHeight(), true);
    }

    private static Optional<int[]> dimensions(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new int[] {reader.getWidth(0), reader.getHeight(0)});
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            } finally {
                reader.dispose();
            }
        }
    }

    /** The pixels turned as EXIF Orientation 1–8 says. */
    static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation <= 1 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> { t.translate(w, 0); t.scale(-1, 1); }
            case 3 -> { t.translate(w, h); t.rotate(Math.PI); }
            case 4 -> { t.translate(0, h); t.scale(1, -1); }
            case 5 -> { t.rotate(Math.PI / 2); t.scale(1, -1); }
            case 6 -> { t.translate(h, 0); t.rotate(Math.PI / 2); }
            case 7 -> { t.scale(-1, 1); t.translate(-h, w); t.rotate(-Math.PI / 2); }
            default -> { t.translate(0, w); t.rotate(-Math.PI / 2); }
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, t, null);
        g.dispose();
        return out;
    }

    /** Halved step by step, then to the final size, so fine detail is averaged rather than skipped. */
    private static BufferedImage scaled(BufferedImage image, boolean alpha) {
        double factor = (double) MAX_SIDE / Math.max(image.getWidth(), image.getHeight());
        int targetW = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int targetH = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage current = image;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2, alpha);
        }
        return draw(current, targetW, targetH, alpha);
    }

    private static BufferedImage draw(BufferedImage image, int w, int h, boolean alpha) {
        BufferedImage out = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }
}
