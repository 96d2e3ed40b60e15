package vn.campaignkit.source;

import java.util.Arrays;

/**
 * Removes where and by whom a picture was taken before it is published: EXIF GPS, maker notes, serial
 * numbers, Artist and Copyright, XMP, IPTC/Photoshop data, comments and text chunks. Lossless: the
 * container's segments or chunks are rewritten and the compressed pixels copied byte for byte, never
 * decoded and encoded again. What display needs stays: EXIF Orientation (and resolution), the ICC colour
 * profile, JFIF, and PNG's gamma, chromaticity, sRGB, ICC and pixel-size chunks. The result depends only
 * on the bytes given, and cleaning a cleaned image changes nothing.
 */
public final class ImageMetadata {
    private ImageMetadata() {
    }

    /**
     * The image without private metadata, or {@code bytes} itself when there is nothing to remove (and for
     * SVG, which is text the site's authors wrote, and for anything that is not an image).
     *
     * @throws MalformedImageException when the format is recognised but its container is broken (a segment
     *                                 running past the end), so the metadata cannot be found reliably
     */
    public static byte[] withoutPrivateData(byte[] bytes) {
        byte[] cleaned = ImageFormat.sniff(bytes).map(format -> switch (format) {
            case JPEG -> JpegMetadata.strip(bytes);
            case PNG -> PngMetadata.strip(bytes);
            case GIF -> GifMetadata.strip(bytes);
            case WEBP -> WebpMetadata.strip(bytes);
            case SVG -> bytes;
        }).orElse(bytes);
        return Arrays.equals(cleaned, bytes) ? bytes : cleaned;
    }
}
