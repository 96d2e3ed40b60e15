package vn.campaignkit.derive.kit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips files so the same files always give the same bytes: entries sorted by name, one fixed
 * timestamp written as local DOS time (no time zone involved), no extra fields, and files stored
 * rather than deflated (PDF and PNG are compressed already, and stored bytes do not depend on the
 * zlib version of the machine).
 */
public final class DeterministicZip {
    /** The time written for every entry. */
    public static final LocalDateTime FIXED_TIME = LocalDateTime.of(2025, 10, 6, 0, 0);

    private DeterministicZip() {
    }

    /**
     * The same zip written to {@code out}, reading one file at a time, for folders too large to hold in memory
     * (a published site with thousands of per-school PDFs); {@code files} maps entry names to files.
     */
    public static void zip(SortedMap<String, Path> files, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Map.Entry<String, Path> file : files.entrySet()) {
                entry(zip, file.getKey(), Files.readAllBytes(file.getValue()));
            }
        }
    }

    private static void entry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setTimeLocal(FIXED_TIME);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    /** {@code files} maps entry names (forward slashes) to their bytes. */
    public static byte[] zip(Map<String, byte[]> files) {
        SortedMap<String, byte[]> sorted = new TreeMap<>(files);
        long total = sorted.values().stream().mapToLong(b -> b.length + 128L).sum();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Integer.MAX_VALUE - 16, total + 1024));
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Map.Entry<String, byte[]> file : sorted.entrySet()) {
                entry(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
