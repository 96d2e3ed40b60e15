package vn.campaignkit.desk;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a request may change anything. It must come from a desk that may edit (listening on this
 * computer only, or started with {@code --allow-edit-from-network}), carry this process's random token in the
 * {@code X-CK-Token} header (the desk page holds it; another site cannot read it), and come from the desk's own
 * origin: an {@code Origin} naming the very host the request was sent to, and no cross-site fetch metadata.
 * The Host header itself is checked before, by the preview's {@code HostGuard}.
 */
final class WriteGuard {
    static final String TOKEN_HEADER = "X-CK-Token";
    private final boolean editing;
    private final byte[] token;
    private final String tokenText;

    WriteGuard(InetAddress bind, boolean allowEditFromNetwork) {
        this.editing = bind.isLoopbackAddress() || allowEditFromNetwork;
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.tokenText = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        this.token = tokenText.getBytes(StandardCharsets.US_ASCII);
    }

    boolean editing() {
        return editing;
    }

    /** The token the desk page embeds. */
    String token() {
        return tokenText;
    }

    /** Why the request may not write, in Vietnamese for the desk to show; empty when it may. */
    Optional<String> refusal(DeskExchange request) {
        if (!editing) {
            return Optional.of("Bàn biên tập đang ở chế độ chỉ xem vì được mở cho các máy khác trong mạng. "
                    + "Hãy sửa trên chính máy đang chạy Campaign Kit.");
        }
        if (!crossSiteAllowed(request)) {
            return Optional.of("Yêu cầu này đến từ một trang web khác nên bị từ chối.");
        }
        Optional<String> sent = request.header(TOKEN_HEADER);
        if (sent.isEmpty() || !MessageDigest.isEqual(sent.get().getBytes(StandardCharsets.US_ASCII), token)) {
            return Optional.of("Phiên làm việc đã hết hạn (Campaign Kit vừa được khởi động lại?). "
                    + "Hãy tải lại trang; phần chưa lưu được giữ trong trình duyệt.");
        }
        Optional<String> origin = request.header("Origin");
        Optional<String> host = request.header("Host");
        if (origin.isEmpty() || host.isEmpty() || !origin.get().toLowerCase(Locale.ROOT)
                .equals("http://" + host.get().strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Yêu cầu này không đến từ bàn biên tập nên bị từ chối.");
        }
        return Optional.empty();
    }

    /** Fetch metadata, when the browser sends it, must not say another site made the request. */
    static boolean crossSiteAllowed(DeskExchange request) {
        Optional<String> site = request.header("Sec-Fetch-Site");
        return site.isEmpty() || site.get().equals("same-origin") || site.get().equals("none");
    }
}
