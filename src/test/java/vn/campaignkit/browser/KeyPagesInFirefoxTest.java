package vn.campaignkit.browser;

/** The key pages in Firefox (Debian's firefox-esr over WebDriver BiDi). */
class KeyPagesInFirefoxTest extends KeyPagesInOtherEnginesTest {
    KeyPagesInFirefoxTest() {
        super(FirefoxEngine::new);
    }
}
