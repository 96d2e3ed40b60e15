package vn.campaignkit.desk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.util.Map;

/** Starts a publication, reports its progress, and hands out the zip of the output. */
final class PublishRoutes {
    private final DeskSite site;

    PublishRoutes(DeskSite site) {
        this.site = site;
    }

    boolean read(DeskExchange request) throws IOException {
        if (request.route().equals("api/publish")) {
            request.json(200, site.publisher().status());
        } else if (request.route().equals("api/publish/" + Publisher.ZIP)) {
            if (!Files.isRegularFile(site.publisher().zip(), LinkOption.NOFOLLOW_LINKS)) {
                request.error(404, "Chưa có tệp zip; hãy bấm Xuất bản trước.");
                return true;
            }
            request.sendFile(200, "application/zip", site.publisher().zip(),
                    Map.of("Content-Disposition", "attachment; filename=\"" + Publisher.ZIP + "\""));
        } else {
            return false;
        }
        return true;
    }

    boolean write(DeskExchange request) throws IOException, DeskExchange.TooLarge {
        if (!request.route().equals("api/publish")) {
            return false;
        }
        request.body(1024);
        if (site.publisher().start()) {
            request.json(202, site.publisher().status());
        } else {
            request.error(409, "Đang xuất bản; hãy đợi lần này xong.");
        }
        return true;
    }
}
