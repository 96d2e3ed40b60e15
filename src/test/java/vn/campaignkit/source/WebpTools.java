package vn.campaignkit.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Google's cwebp and dwebp (Debian's {@code webp}, installed by {@code .ci/run}): WebP test images and their pixels. */
final class WebpTools {
    private WebpTools() {
    }

    static void encode(Path png, Path webp) {
        run(List.of("cwebp", "-quiet", "-q", "80", png.toString(), "-o", webp.toString()));
    }

    /** The decoded pixels as a PAM file's bytes. */
    static byte[] decodeToPam(Path webp, Path pam) {
        run(List.of("dwebp", "-quiet", webp.toString(), "-pam", "-o", pam.toString()));
        try {
            return Files.readAllBytes(pam);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                throw new AssertionError(command + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(command.get(0) + " must be installed (Debian: webp)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
