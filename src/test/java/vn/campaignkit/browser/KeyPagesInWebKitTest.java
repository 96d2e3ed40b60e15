package vn.campaignkit.browser;

/** The key pages in WebKit, the engine of Safari (Debian's WebKitGTK MiniBrowser). */
class KeyPagesInWebKitTest extends KeyPagesInOtherEnginesTest {
    KeyPagesInWebKitTest() {
        super(WebKitEngine::new);
    }
}
