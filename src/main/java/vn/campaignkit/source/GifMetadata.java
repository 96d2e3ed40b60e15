package vn.campaignkit.source;

import java.io.ByteArrayOutputStream;
import java.util.Set;

/**
 * Rewrites a GIF's block list, copying kept blocks byte for byte: the screen descriptor and colour
 * tables, images, graphic-control and plain-text extensions, and the application extensions that loop an
 * animation or carry an ICC profile. Dropped: comment extensions, other application extensions (XMP
 * among them) and whatever follows the trailer.
 */
final class GifMetadata {
    private static final int IMAGE = 0x2C;
    private static final int EXTENSION = 0x21;
    private static final int TRAILER = 0x3B;
    private static final int GRAPHIC_CONTROL = 0xF9;
    private static final int PLAIN_TEXT = 0x01;
    private static final int APPLICATION = 0xFF;
    /** Application identifiers plus authentication codes of the extensions display needs. */
    private static final Set<String> DISPLAY_APPLICATIONS = Set.of("NETSCAPE2.0", "ANIMEXTS1.0", "ICCRGBG1012");
    private static final int HEADER = 6 + 7;

    private GifMetadata() {
    }

    static byte[] strip(byte[] in) {
        int flags = BinaryFields.u8(in, 10);
        int pos = HEADER + colourTableSize(flags);
        BinaryFields.u8(in, pos - 1); // throws when the file ends inside the global colour table
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, pos);
        while (true) {
            int block = BinaryFields.u8(in, pos);
            if (block == TRAILER) {
                out.write(TRAILER);
                return out.toByteArray();
            }
            int start = pos;
            boolean keep;
            if (block == IMAGE) {
                int descriptorEnd = pos + 10 + colourTableSize(BinaryFields.u8(in, pos + 9));
                pos = afterSubBlocks(in, descriptorEnd + 1);
                keep = true;
            } else if (block == EXTENSION) {
                int label = BinaryFields.u8(in, pos + 1);
                keep = label == GRAPHIC_CONTROL || label == PLAIN_TEXT
                        || (label == APPLICATION && BinaryFields.u8(in, pos + 2) == 11
                        && DISPLAY_APPLICATIONS.contains(BinaryFields.ascii(in, pos + 3, 11)));
                pos = afterSubBlocks(in, pos + 2);
            } else {
                throw new MalformedImageException("unexpected GIF block 0x" + Integer.toHexString(block) + " at byte " + pos, false);
            }
            if (keep) {
                out.write(in, start, pos - start);
            }
        }
    }

    private static int colourTableSize(int flags) {
        return (flags & 0x80) == 0 ? 0 : 3 * (1 << ((flags & 0x07) + 1));
    }

    /** The position after a chain of data sub-blocks ending with a zero-length block. */
    private static int afterSubBlocks(byte[] in, int from) {
        int pos = from;
        int size;
        do {
            size = BinaryFields.u8(in, pos);
            pos += 1 + size;
        } while (size != 0);
        return pos;
    }
}
