package vn.campaignkit.serve;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The last few draft renderings of the editor's desk, each under a random id. The preview serves one at
 * its page's own address with {@code ?ck-draft=ID}, so the page's relative links load the preview's real
 * styles and images.
 */
public final class DraftPages {
    public static final String QUERY = "ck-draft";
    private static final int KEPT = 16;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Entry> entries = new LinkedHashMap<>(32, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > KEPT;
        }
    };

    private record Entry(String outputPath, byte[] html) {
    }

    /** Keeps a rendering; returns the id to ask for it with. */
    public synchronized String keep(String outputPath, byte[] html) {
        byte[] id = new byte[12];
        random.nextBytes(id);
        String key = HexFormat.of().formatHex(id);
        entries.put(key, new Entry(outputPath, html));
        return key;
    }

    /** The rendering kept under {@code id}, if it is a rendering of {@code outputPath}. */
    synchronized Optional<byte[]> get(String id, String outputPath) {
        Entry entry = entries.get(id);
        return entry != null && entry.outputPath().equals(outputPath) ? Optional.of(entry.html()) : Optional.empty();
    }

    /** The draft id in a raw query such as {@code ck-draft=ab12}; empty when there is none. */
    static Optional<String> idIn(String rawQuery) {
        if (rawQuery == null) {
            return Optional.empty();
        }
        for (String part : rawQuery.split("&")) {
            if (part.startsWith(QUERY + "=") && part.substring(QUERY.length() + 1).matches("[0-9a-f]{24}")) {
                return Optional.of(part.substring(QUERY.length() + 1));
            }
        }
        return Optional.empty();
    }
}
