package vn.campaignkit.source;

/**
 * An image whose container is broken (a segment or chunk running past the end of the file, a missing
 * signature), so its metadata cannot be found reliably. Such an image is refused, never published as is.
 */
public final class MalformedImageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final boolean cutOff;

    MalformedImageException(String message, boolean cutOff) {
        super(message);
        this.cutOff = cutOff;
    }

    /** True when the file simply ends too early (a copy or download that stopped half way). */
    public boolean cutOff() {
        return cutOff;
    }
}
