package vn.campaignkit.render;

/** The Content-Security-Policy every page carries in a meta tag: nothing inline, nothing third-party. */
public final class Csp {
    public static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'none'; media-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'";

    private Csp() {
    }
}
