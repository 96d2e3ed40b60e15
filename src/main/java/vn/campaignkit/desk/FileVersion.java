package vn.campaignkit.desk;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The version of a file as the desk loaded it: the SHA-256 of its bytes, so any change on disk — by another
 * tab, by Notepad, by a copy from a USB stick — shows as a different version, whatever its time stamp says.
 */
final class FileVersion {
    /** The version of a file that does not exist. */
    static final String ABSENT = "absent";

    private FileVersion() {
    }

    static String of(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
