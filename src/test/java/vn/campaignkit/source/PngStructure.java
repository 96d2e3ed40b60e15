package vn.campaignkit.source;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/** A test's own reading of PNG chunks, independent of the code under test; checks every CRC. */
final class PngStructure {
    private PngStructure() {
    }

    static List<String> chunks(byte[] png) {
        List<String> types = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] typeAndData = new byte[4 + length];
            b.get(typeAndData);
            long crc = b.getInt() & 0xFFFFFFFFL;
            CRC32 expected = new CRC32();
            expected.update(typeAndData);
            String type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            if (expected.getValue() != crc) {
                throw new AssertionError("bad CRC in chunk " + type);
            }
            types.add(type);
        }
        return types;
    }
}
