package vn.campaignkit.source;

/**
 * The size of a WebP from its headers (no decoder ships with Java): the extended header ({@code VP8X}), or
 * else the lossy ({@code VP8 }) or lossless ({@code VP8L}) bitstream's frame header, checked for its magic.
 */
final class WebpHeader {
    private WebpHeader() {
    }

    /** The verdict on a WebP whose RIFF chunks are known to be complete. */
    static ImageProbe probe(byte[] webp) {
        int pos = 12;
        int[] extendedSize = null;
        while (pos + 8 <= webp.length) {
            String type = BinaryFields.ascii(webp, pos, 4);
            long size = BinaryFields.u32(webp, pos + 4, false);
            int data = pos + 8;
            switch (type) {
                case "VP8X" -> extendedSize = new int[] {u24(webp, data + 4) + 1, u24(webp, data + 7) + 1};
                case "ANMF" -> {
                    return extendedSize == null ? broken("an animation frame comes before the extended header")
                            : new ImageProbe.Readable(ImageFormat.WEBP, extendedSize[0], extendedSize[1]);
                }
                case "VP8 " -> {
                    if (size < 10 || BinaryFields.u8(webp, data + 3) != 0x9D || BinaryFields.u8(webp, data + 4) != 0x01
                            || BinaryFields.u8(webp, data + 5) != 0x2A) {
                        return broken("the lossy picture has no valid frame header");
                    }
                    return sized(extendedSize, BinaryFields.u16(webp, data + 6, false) & 0x3FFF,
                            BinaryFields.u16(webp, data + 8, false) & 0x3FFF);
                }
                case "VP8L" -> {
                    if (size < 5 || BinaryFields.u8(webp, data) != 0x2F) {
                        return broken("the lossless picture has no valid header");
                    }
                    long bits = BinaryFields.u32(webp, data + 1, false);
                    return sized(extendedSize, (int) (bits & 0x3FFF) + 1, (int) ((bits >> 14) & 0x3FFF) + 1);
                }
                default -> {
                    // ICC profile, alpha, animation settings: no size of their own
                }
            }
            pos = data + (int) (size + (size & 1));
        }
        return broken("it holds no picture");
    }

    private static ImageProbe sized(int[] extendedSize, int width, int height) {
        if (width <= 0 || height <= 0) {
            return broken("the picture has no size");
        }
        return extendedSize == null ? new ImageProbe.Readable(ImageFormat.WEBP, width, height)
                : new ImageProbe.Readable(ImageFormat.WEBP, extendedSize[0], extendedSize[1]);
    }

    private static ImageProbe broken(String why) {
        return new ImageProbe.Unreadable("the WEBP file is broken: " + why,
                "open it in an image editor and export it again as WebP, JPEG or PNG");
    }

    private static int u24(byte[] b, int at) {
        return BinaryFields.u8(b, at) | BinaryFields.u8(b, at + 1) << 8 | BinaryFields.u8(b, at + 2) << 16;
    }
}
