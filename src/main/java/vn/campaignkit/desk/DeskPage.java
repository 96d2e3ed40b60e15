package vn.campaignkit.desk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.campaignkit.scaffold.StarterSite;
import vn.campaignkit.serve.ChangeSet;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.schema.KindSchema;

/**
 * The desk itself: its page (holding the write token), script and styles, what the page asks first
 * ({@code api/state}: the site, whether it may edit, the schema its forms are built from), and "Tạo trang mới"
 * for a folder that holds no site yet.
 */
final class DeskPage {
    /** What the desk page may load and do: only its own files, the preview in a frame, nothing from elsewhere. */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; frame-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";
    private final DeskSite site;
    private final String html;
    private final byte[] script;
    private final byte[] styles;

    DeskPage(DeskSite site) {
        this.site = site;
        this.html = new String(resource("desk.html"), StandardCharsets.UTF_8);
        this.script = resource("desk.js");
        this.styles = resource("desk.css");
    }

    boolean read(DeskExchange request) throws IOException {
        switch (request.route()) {
            case "" -> request.send(200, "text/html; charset=utf-8", html.replace("{{token}}", site.guard().token())
                    .getBytes(StandardCharsets.UTF_8), Map.of("Content-Security-Policy", POLICY));
            case "desk.js" -> request.send(200, "text/javascript; charset=utf-8", script);
            case "desk.css" -> request.send(200, "text/css; charset=utf-8", styles);
            case "api/state" -> request.json(200, state());
            default -> {
                return false;
            }
        }
        return true;
    }

    boolean write(DeskExchange request) throws IOException, DeskExchange.TooLarge {
        if (!request.route().equals("api/new-site")) {
            return false;
        }
        request.body(1024);
        StarterSite.Outcome outcome = StarterSite.write(site.root());
        if (outcome instanceof StarterSite.Outcome.Refused) {
            request.error(409, "Thư mục này đã có trang web; không tệp nào bị ghi đè.");
            return true;
        }
        site.server().changed(ChangeSet.all());
        request.json(200, Map.of("files", ((StarterSite.Outcome.Written) outcome).files()));
        return true;
    }

    private Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("title", site.build().lastSite().map(s -> s.config().title()).orElse(site.root().getFileName().toString()));
        state.put("folder", site.root().toString());
        state.put("editing", site.guard().editing());
        state.put("hasSite", StarterSite.holdsSite(site.root()));
        List<KindSchema> kinds = new java.util.ArrayList<>(ContentSchema.kinds());
        kinds.add(0, ContentSchema.HOME);
        state.put("kinds", kinds);
        state.put("schoolColumns", ContentSchema.SCHOOL_ROW);
        state.put("maxImageSide", ImageIntake.MAX_SIDE);
        state.put("zip", Publisher.ZIP);
        state.put("languages", PageLanguages.of(site.root()).others());
        return state;
    }

    private static byte[] resource(String name) {
        try (InputStream in = DeskPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource vn/campaignkit/desk/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
