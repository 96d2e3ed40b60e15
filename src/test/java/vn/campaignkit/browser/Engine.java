package vn.campaignkit.browser;

import java.nio.file.Path;

/** What the cross-engine page tests need from a browser, whichever protocol drives it. */
interface Engine extends AutoCloseable {
    /** The engine's name and version, for messages. */
    String name();

    /** Makes the page area this many CSS pixels wide and high (as near as the engine allows). */
    void viewport(int width, int height);

    /** Opens a URL and waits for its load event. */
    void open(String url);

    /**
     * Runs a script body in the page ({@code return …;} gives the result); the result is JSON-encoded by the
     * page and decoded here, so engines agree on types: numbers are {@link Number}, objects are maps.
     */
    Object js(String body);

    /** Chooses a file in a file input, as a visitor would in the file picker. */
    void chooseFile(String cssSelector, Path file);

    /** JavaScript and console errors of the pages so far, where the engine's driver reports them (empty otherwise). */
    java.util.List<String> errors();

    @Override
    void close();
}
