package vn.campaignkit.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * The files the preview adds under {@code /__campaignkit/}: the reload script, the overlay
 * stylesheet, and the page shown while the site has never built.
 */
final class PreviewTools {
    static final String EVENTS = "events";
    private final Map<String, byte[]> files;

    PreviewTools() {
        files = Map.of("reload.js", resource("reload.js"), "overlay.css", resource("overlay.css"));
    }

    Optional<byte[]> file(String name) {
        return Optional.ofNullable(files.get(name));
    }

    /** Shown for every page until the first build succeeds; the overlay lists why. */
    static byte[] waitingPage(String outputPath) {
        String html = "<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'self'; "
                + "style-src 'self'; connect-src 'self'\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>Chưa dựng được trang</title>\n"
                + "<link rel=\"stylesheet\" href=\"" + LivePageRewriter.PREFIX + "overlay.css\">\n"
                + LivePageRewriter.scriptTag(outputPath, 0) + "\n</head>\n<body class=\"ck-waiting\">\n"
                + "<main><h1>Chưa dựng được trang</h1>\n"
                + "<p>Trang web đang được dựng lần đầu, hoặc nội dung còn lỗi nên chưa dựng được. Nếu có lỗi, các lỗi "
                + "được liệt kê: sửa chúng và lưu tệp. Trang sẽ tự tải lại.</p></main>\n</body>\n</html>\n";
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] resource(String name) {
        try (InputStream in = PreviewTools.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource vn/campaignkit/serve/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
