package vn.campaignkit.render;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Pages whose template would see exactly what it saw in the last build are not rendered again: the last build's
 * file is reused (issue 14: one school renamed on a national site renders that school's pages, not 6,248).
 *
 * <p>What a page's template sees is everything in its model: the page's own view, its language view and link
 * settings (all records, so their text form is their whole content), the build-wide values (build, campaign
 * window, messages, asset versions, the templates themselves and the generator), and those properties of
 * {@code site} the template actually read when the page was last rendered ({@link TrackedSite}, also through
 * fragments rendered for another page). A page's fingerprint names those properties and hashes their values with
 * the rest; the next build computes it again with the same properties' current values. Equal fingerprints mean the
 * template runs on equal values along the same path, so it would write the same bytes. A value whose text form is
 * not its content (an object without a record's {@code toString}) makes the page always render.
 */
public final class PageReuse {
    /** The last build's fingerprints and files. */
    public interface Previous {
        Optional<String> fingerprint(String outputPath);

        Optional<Path> reusable(String outputPath, String fingerprint);
    }

    private static final String VERSION = "page2";
    /**
     * {@code java.lang.Object#toString} of a value that is not a record ({@code x.Y@1b6d3586}, an array's
     * {@code [B@5e2de80c}): its text would not show its content, and identity hashes can repeat from one run to the
     * next, so such a page always renders. Broad on purpose: an e-mail address at a hex-looking domain also matches,
     * which only costs that page its reuse.
     */
    private static final Pattern IDENTITY = Pattern.compile("[^\\s@]@[0-9a-f]{1,8}(?![0-9A-Za-z])");
    private final Previous previous;
    private final String common;
    private final Object site;
    private final Map<String, String> siteValues = new ConcurrentHashMap<>();
    private final Map<String, String> fingerprints = new ConcurrentHashMap<>();
    private final AtomicInteger reused = new AtomicInteger();

    /**
     * @param common what every page of the language sees besides its own values and {@code site}: the templates,
     *               the generator, the build's date, messages and asset versions
     */
    PageReuse(Previous previous, String common, Object site) {
        this.previous = previous;
        // hashed once: every page's fingerprint starts from it
        this.common = identity(common) ? null : HexFormat.of().formatHex(sha256().digest(common.getBytes(StandardCharsets.UTF_8)));
        this.site = site;
    }

    /** The last build's file for this page, when its fingerprint is unchanged. */
    Optional<Path> reusable(String outputPath, String material) {
        Optional<String> last = previous.fingerprint(outputPath);
        if (last.isEmpty() || !last.get().startsWith(VERSION + ":")) {
            return Optional.empty();
        }
        String keys = last.get().substring(VERSION.length() + 1, last.get().lastIndexOf(':'));
        Set<String> siteKeys = new TreeSet<>();
        for (String k : keys.split(",")) {
            if (!k.isEmpty()) {
                siteKeys.add(k);
            }
        }
        Optional<String> now = fingerprint(material, siteKeys);
        if (now.isEmpty() || !now.get().equals(last.get())) {
            return Optional.empty();
        }
        Optional<Path> file = previous.reusable(outputPath, now.get());
        file.ifPresent(f -> {
            fingerprints.put(outputPath, now.get());
            reused.incrementAndGet();
        });
        return file;
    }

    /** Records a page just rendered, with the {@code site} properties its template read. */
    void rendered(String outputPath, String material, Set<String> siteKeys) {
        fingerprint(material, new TreeSet<>(siteKeys)).ifPresent(f -> fingerprints.put(outputPath, f));
    }

    private Optional<String> fingerprint(String material, Set<String> siteKeys) {
        if (common == null || identity(material)) {
            return Optional.empty();
        }
        StringBuilder text = new StringBuilder(common.length() + material.length() + siteKeys.size() * 80);
        text.append(common).append('\0').append(material);
        for (String key : siteKeys) {
            String value = siteValue(key);
            if (value == null || !plainKey(key)) {
                return Optional.empty();
            }
            text.append('\0').append(key).append('=').append(value);
        }
        // a check of the page's own text, like the manifest's seal: CRC-32C and CRC-32 (hardware-fast even before the JIT
        // warms up) and the length tell any accidental change; the large shared values were hashed once with SHA-256
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32C c = new java.util.zip.CRC32C();
        c.update(bytes);
        java.util.zip.CRC32 d = new java.util.zip.CRC32();
        d.update(bytes);
        return Optional.of(VERSION + ":" + String.join(",", siteKeys) + ":" + bytes.length + "-"
                + Long.toHexString(c.getValue() << 32 | d.getValue()));
    }

    /** A property name the fingerprint can list: no separators, no spaces. */
    private static boolean plainKey(String key) {
        if (key.isEmpty()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch == ',' || ch == ':' || Character.isWhitespace(ch)) {
                return false;
            }
        }
        return true;
    }

    /** A hash of the current value of one property of {@code site}; null when it cannot stand for the value. */
    private String siteValue(String key) {
        if (key.equals(TrackedSite.EVERYTHING)) {
            return null;
        }
        String v = siteValues.computeIfAbsent(key, k -> {
            String text = "(no such property)";
            for (RecordComponent c : site.getClass().getRecordComponents()) {
                if (c.getName().equals(k)) {
                    try {
                        text = String.valueOf(c.getAccessor().invoke(site));
                    } catch (ReflectiveOperationException e) {
                        return "";
                    }
                }
            }
            if (text.equals("(no such property)")
                    && java.util.Arrays.stream(site.getClass().getMethods()).anyMatch(m -> m.getName().equals(k))) {
                return ""; // toString(), hashCode()…: not a property; such a page always renders
            }
            if (identity(text)) {
                return "";
            }
            return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
        });
        return v.isEmpty() ? null : v;
    }

    /** True when the text holds an object's identity instead of its content ({@code x.Y@1b6d3586}). */
    private static boolean identity(String text) {
        return text.indexOf('@') >= 0 && IDENTITY.matcher(text).find();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fingerprint of every page rendered or reused, for the build's manifest. */
    public Map<String, String> fingerprints() {
        return Map.copyOf(fingerprints);
    }

    /** How many pages were reused instead of rendered. */
    public int reused() {
        return reused.get();
    }
}
