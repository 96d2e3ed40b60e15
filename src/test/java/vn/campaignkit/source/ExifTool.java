package vn.campaignkit.source;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * Phil Harvey's exiftool (Debian's {@code libimage-exiftool-perl}, installed by {@code .ci/run}) run as a
 * separate process: it writes real phone-style metadata into test images and reads back what is left,
 * independently of the code under test.
 */
public final class ExifTool {
    private ExifTool() {
    }

    /** Writes tags in place, e.g. {@code -GPSLatitude=21.0285}; fails the test when exiftool fails. */
    public static void write(Path file, String... assignments) {
        List<String> args = new ArrayList<>(List.of("-q", "-q", "-m", "-overwrite_original", "-n"));
        args.addAll(List.of(assignments));
        args.add(file.toString());
        run(args);
    }

    /** Every tag exiftool finds, as {@code Group1:Tag} → value (numbers as numbers, {@code -n}). */
    public static Map<String, String> tags(Path file) {
        String json = run(List.of("-j", "-a", "-G1", "-n", "-U", "-x", "System:all", "-x", "ExifTool:ExifToolVersion", file.toString()));
        try {
            JsonNode node = new ObjectMapper().readTree(json).get(0);
            Map<String, String> tags = new TreeMap<>();
            node.fields().forEachRemaining(e -> tags.put(e.getKey(), e.getValue().asText()));
            return tags;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One binary tag's bytes, e.g. the ICC profile ({@code -ICC_Profile}). */
    public static byte[] binary(Path file, String tag) {
        return runBytes(List.of("-b", "-" + tag, file.toString()));
    }

    private static String run(List<String> args) {
        return new String(runBytes(args), StandardCharsets.UTF_8);
    }

    private static byte[] runBytes(List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("exiftool");
        command.add("-charset");
        command.add("filename=utf8");
        command.addAll(args);
        try {
            Process p = new ProcessBuilder(command).start();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
            byte[] out = readAll(p.getInputStream());
            int code = p.waitFor();
            if (code != 0) {
                throw new AssertionError("exiftool " + args + " failed (" + code + "): " + new String(err.join(), StandardCharsets.UTF_8));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("exiftool must be installed (Debian: libimage-exiftool-perl)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
