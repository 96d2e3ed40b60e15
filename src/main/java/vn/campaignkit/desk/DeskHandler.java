package vn.campaignkit.desk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URI;
import java.util.Optional;

/**
 * Answers everything under {@code /__desk/}: the desk page and its script and styles, the reading API (GET)
 * and the writing API (POST). Every request passes the preview's Host check and must not come from another
 * site; every write passes the {@link WriteGuard}. Bodies are limited; no failure ever sends a stack trace,
 * only a short message in Vietnamese.
 */
final class DeskHandler implements HttpHandler {
    static final String PREFIX = "/__desk/";
    private final DeskSite site;
    private final DeskPage page;
    private final FileRoutes files;
    private final DraftRoutes drafts;
    private final PublishRoutes publish;
    private final ImageRoutes images;
    private final TableRoutes tables;
    private final TranslationRoutes translations;

    DeskHandler(DeskSite site) {
        this.site = site;
        this.page = new DeskPage(site);
        this.files = new FileRoutes(site);
        this.drafts = new DraftRoutes(site);
        this.publish = new PublishRoutes(site);
        this.images = new ImageRoutes(site);
        this.tables = new TableRoutes(site);
        this.translations = new TranslationRoutes(site);
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            URI uri = exchange.getRequestURI();
            boolean hostOk = site.server().hosts().allows(exchange.getRequestHeaders().get("Host"))
                    && (!uri.isAbsolute() || site.server().hosts().allows(uri.getRawAuthority()));
            String raw = uri.getRawPath();
            DeskExchange request = new DeskExchange(exchange, raw == null || !raw.startsWith(PREFIX) ? "" : raw.substring(PREFIX.length()));
            if (!hostOk) {
                request.error(403, "Bàn biên tập chỉ trả lời địa chỉ localhost của máy này.");
                return;
            }
            if (!WriteGuard.crossSiteAllowed(request)) {
                request.error(403, "Yêu cầu này đến từ một trang web khác nên bị từ chối.");
                return;
            }
            switch (request.method()) {
                case "GET", "HEAD" -> read(request);
                case "POST" -> write(request);
                default -> {
                    exchange.getResponseHeaders().set("Allow", "GET, HEAD, POST");
                    request.error(405, "Phương thức không được hỗ trợ.");
                }
            }
        } catch (DeskExchange.TooLarge e) {
            answerFailure(exchange, 413, "Dữ liệu gửi lên quá lớn.");
        } catch (IOException e) {
            answerFailure(exchange, 500, "Không đọc hoặc ghi được tệp (" + e.getClass().getSimpleName() + "). Thao tác chưa được thực hiện.");
        } catch (RuntimeException | StackOverflowError e) {
            synchronized (site.log()) {
                site.log().println("desk: internal error on " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
                        + ": " + e);
                if (System.getenv("CAMPAIGNKIT_DEBUG") != null) {
                    e.printStackTrace(site.log());
                }
                site.log().flush();
            }
            answerFailure(exchange, 500, "Có lỗi bên trong Campaign Kit; thao tác chưa được thực hiện. Hãy thử lại.");
        } finally {
            exchange.close();
        }
    }

    private void read(DeskExchange request) throws IOException {
        boolean answered = page.read(request) || files.read(request) || publish.read(request) || images.read(request)
                || tables.read(request);
        if (!answered) {
            request.error(404, "Không có " + request.route() + ".");
        }
    }

    private void write(DeskExchange request) throws IOException, DeskExchange.TooLarge {
        Optional<String> refused = site.guard().refusal(request);
        if (refused.isPresent()) {
            request.error(403, refused.get());
            return;
        }
        boolean answered = files.write(request) || drafts.write(request) || publish.write(request) || images.write(request)
                || tables.write(request) || translations.write(request) || page.write(request);
        if (!answered) {
            request.error(404, "Không có " + request.route() + ".");
        }
    }

    private static void answerFailure(HttpExchange exchange, int status, String message) {
        try {
            new DeskExchange(exchange, "").error(status, message);
        } catch (IOException | RuntimeException ignored) {
            // The answer had started already; closing the exchange ends it.
        }
    }
}
