package vn.campaignkit.derive.print;

import java.io.IOException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

/** Keeps the last font set read, so rebuilds (serve, benchmarks) do not measure the fonts again. */
final class FontCache {
    private static String key = "";
    private static FontSet last;

    private FontCache() {
    }

    static synchronized FontSet get(List<byte[]> files) throws IOException {
        MessageDigest digest = FontSet.sha256();
        files.forEach(digest::update);
        String k = HexFormat.of().formatHex(digest.digest());
        if (!k.equals(key)) {
            last = FontSet.of(files);
            key = k;
        }
        return last;
    }
}
