package vn.campaignkit.desk;

/**
 * The EXIF Orientation of a JPEG (1 to 8; 1 when absent or unreadable): phones store photos as the sensor saw
 * them and say in this tag how to turn them. A photo decoded and encoded again loses the tag, so the desk
 * turns the pixels itself before scaling a photo down.
 */
final class JpegOrientation {
    private static final int APP1 = 0xE1;
    private static final int SOS = 0xDA;
    private static final int ORIENTATION = 0x0112;

    private JpegOrientation() {
    }

    static int of(byte[] jpeg) {
        int pos = 2;
        while (pos + 4 <= jpeg.length && (jpeg[pos] & 0xFF) == 0xFF) {
            int marker = jpeg[pos + 1] & 0xFF;
            int length = ((jpeg[pos + 2] & 0xFF) << 8) | (jpeg[pos + 3] & 0xFF);
            if (marker == SOS || length < 2 || pos + 2 + length > jpeg.length) {
                return 1;
            }
            if (marker == APP1 && length >= 8 && jpeg[pos + 4] == 'E' && jpeg[pos + 5] == 'x' && jpeg[pos + 6] == 'i'
                    && jpeg[pos + 7] == 'f') {
                return fromTiff(jpeg, pos + 10, pos + 2 + length);
            }
            pos += 2 + length;
        }
        return 1;
    }

    private static int fromTiff(byte[] b, int start, int end) {
        if (start + 8 > end) {
            return 1;
        }
        boolean big = b[start] == 'M' && b[start + 1] == 'M';
        if (!big && !(b[start] == 'I' && b[start + 1] == 'I')) {
            return 1;
        }
        long ifd = read(b, start + 4, 4, big);
        if (ifd < 8 || start + ifd + 2 > end) {
            return 1;
        }
        int at = (int) (start + ifd);
        int count = (int) read(b, at, 2, big);
        for (int i = 0; i < count; i++) {
            int entry = at + 2 + i * 12;
            if (entry + 12 > end) {
                return 1;
            }
            if (read(b, entry, 2, big) == ORIENTATION) {
                int value = (int) read(b, entry + 8, 2, big);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static long read(byte[] b, int at, int size, boolean big) {
        long value = 0;
        for (int i = 0; i < size; i++) {
            int v = b[at + (big ? i : size - 1 - i)] & 0xFF;
            value = (value << 8) | v;
        }
        return value;
    }
}
