package vn.campaignkit.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Whether a file is an image a browser can show, and its size, found without decoding its pixels: the format
 * from the first bytes, the width and height from the header (ImageIO's readers, or the WebP and SVG headers),
 * and the container walked from end to end (every segment, chunk or block complete, up to the end marker), so an
 * empty, mislabelled, cut-off or broken file is caught at the cost of reading it once.
 */
public sealed interface ImageProbe permits ImageProbe.Readable, ImageProbe.Unreadable {

    /** An image that can be shown, {@code width} × {@code height} pixels (CSS pixels for SVG). */
    record Readable(ImageFormat format, int width, int height) implements ImageProbe {
    }

    /** Why the file cannot be shown, and what the editor can do about it. */
    record Unreadable(String reason, String hint) implements ImageProbe {
    }

    /** The verdict on the bytes of one file. */
    static ImageProbe of(byte[] bytes) {
        if (bytes.length == 0) {
            return new Unreadable("the file is empty (0 bytes)", "copy the image into the site again");
        }
        Optional<ImageFormat> format = ImageFormat.sniff(bytes);
        if (format.isEmpty()) {
            return unknown(bytes);
        }
        try {
            return switch (format.get()) {
                case SVG -> SvgDocuments.probe(bytes);
                case WEBP -> WebpHeader.probe(ImageMetadata.withoutPrivateData(bytes));
                case JPEG -> endsWithEndOfImage(ImageMetadata.withoutPrivateData(bytes))
                        ? header(format.get(), bytes) : cutOff(format.get());
                case PNG, GIF -> {
                    ImageMetadata.withoutPrivateData(bytes);
                    yield header(format.get(), bytes);
                }
            };
        } catch (MalformedImageException e) {
            return e.cutOff() ? cutOff(format.get())
                    : new Unreadable("the " + format.get() + " file is broken: " + e.getMessage(), reexport(format.get()));
        }
    }

    private static ImageProbe unknown(byte[] bytes) {
        if (BinaryFields.hasAscii(bytes, 4, "ftypheic") || BinaryFields.hasAscii(bytes, 4, "ftypheix")
                || BinaryFields.hasAscii(bytes, 4, "ftypmif1") || BinaryFields.hasAscii(bytes, 4, "ftyphevc")) {
            return new Unreadable("it is an HEIC photo (the iPhone's own format), which most browsers cannot show",
                    "export it as JPEG (on the iPhone: Settings → Camera → Formats → Most Compatible)");
        }
        if (BinaryFields.hasAscii(bytes, 4, "ftypavif")) {
            return new Unreadable("it is an AVIF image, which Campaign Kit does not publish yet", "export it as JPEG, PNG or WebP");
        }
        return new Unreadable("it is not a PNG, JPEG, GIF, WebP or SVG image (whatever its name says)",
                "open it in an image editor and export it as JPEG (photos) or PNG (drawings)");
    }

    private static boolean endsWithEndOfImage(byte[] jpeg) {
        return jpeg.length >= 4 && (jpeg[jpeg.length - 2] & 0xFF) == 0xFF && (jpeg[jpeg.length - 1] & 0xFF) == 0xD9;
    }

    private static Unreadable cutOff(ImageFormat format) {
        return new Unreadable("the " + format + " file ends before the picture does (it was cut off while copying or downloading)",
                reexport(format));
    }

    private static String reexport(ImageFormat format) {
        return "copy the image again from where it came from, or open it in an image editor and export it again as "
                + (format == ImageFormat.PNG ? "PNG" : format == ImageFormat.GIF ? "GIF" : "JPEG");
    }

    /** The size from ImageIO's reader for the format, reading the header only. */
    private static ImageProbe header(ImageFormat format, byte[] bytes) {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format == ImageFormat.JPEG ? "jpeg" : format.extension());
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if (w <= 0 || h <= 0) {
                    return new Unreadable("the " + format + " header gives no size", reexport(format));
                }
                return new Readable(format, w, h);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            return new Unreadable("the " + format + " header cannot be read (" + why + ")", reexport(format));
        }
    }
}
