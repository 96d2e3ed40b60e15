package vn.campaignkit.desk;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.scaffold.NewContent;
import vn.campaignkit.serve.ChangeSet;
import vn.campaignkit.source.ImageFormat;
import vn.campaignkit.source.SourceScanner;

/** Pictures: upload one into {@code assets/images/} (see {@link ImageIntake}), and list those already there. */
final class ImageRoutes {
    static final String FOLDER = "assets/images";
    static final int UPLOAD_LIMIT = 30 * 1024 * 1024;
    private final DeskSite site;

    ImageRoutes(DeskSite site) {
        this.site = site;
    }

    boolean read(DeskExchange request) throws IOException {
        if (!request.route().equals("api/images")) {
            return false;
        }
        List<Map<String, Object>> images = new ArrayList<>();
        Path folder = site.root().resolve(FOLDER);
        if (Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    if (!SourceScanner.isIgnored(name) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                        images.add(Map.of("path", FOLDER + "/" + name, "url", "/" + FOLDER + "/" + name, "size", Files.size(file)));
                    }
                }
            }
        }
        images.sort((a, b) -> ((String) a.get("path")).compareTo((String) b.get("path")));
        request.json(200, Map.of("images", images));
        return true;
    }

    boolean write(DeskExchange request) throws IOException, DeskExchange.TooLarge {
        if (!request.route().equals("api/upload")) {
            return false;
        }
        byte[] bytes = request.body(UPLOAD_LIMIT);
        ImageIntake.Result result = ImageIntake.take(bytes);
        if (result instanceof ImageIntake.Result.Refused refused) {
            request.error(415, refused.message());
            return true;
        }
        ImageIntake.Result.Accepted image = (ImageIntake.Result.Accepted) result;
        String stem = stem(request.query().getOrDefault("name", ""));
        for (int n = 1; n < 1000; n++) {
            String path = FOLDER + "/" + stem + (n == 1 ? "" : "-" + n) + "." + image.format().extension();
            Optional<EditablePath> file = EditablePath.of(site.root(), path);
            if (file.isEmpty()) {
                break;
            }
            boolean same = Files.isRegularFile(file.get().file(), LinkOption.NOFOLLOW_LINKS)
                    && Arrays.equals(Files.readAllBytes(file.get().file()), image.bytes());
            if (same || site.files().create(file.get(), image.bytes())) {
                site.server().changed(ChangeSet.all());
                Map<String, Object> answer = new LinkedHashMap<>();
                answer.put("path", path);
                answer.put("url", "/" + path);
                answer.put("width", image.width());
                answer.put("height", image.height());
                answer.put("scaled", image.scaled());
                request.json(200, answer);
                return true;
            }
        }
        request.error(409, "Không đặt được tên cho ảnh này; hãy đổi tên tệp rồi tải lên lại.");
        return true;
    }

    /** A safe file name from the uploaded one: the site's slug rule, without the extension; "anh" when nothing is left. */
    static String stem(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        String slug = NewContent.fileSlug(dot > 0 ? base.substring(0, dot) : base);
        return slug.isEmpty() ? "anh" : slug;
    }
}
