package vn.campaignkit.testsite;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker (nu.validator, the engine of validator.w3.org/nu) as the tests use it: every
 * error and every warning of a document, as {@code name:line:col: error|warning: message} lines.
 *
 * <p>A page is checked at the http address it is served from, not as a file: the checker also
 * enforces the page's Content-Security-Policy meta, and {@code 'self'} means nothing for file: URLs.
 */
public final class NuHtmlChecker {
    /**
     * Messages of the checker's CSS validator about valid CSS it does not know yet (CSS Fonts 4 font-face
     * descriptors, CSS Pseudo 4's ::details-content); anything else it says about CSS counts.
     */
    private static final Set<String> CSS_THE_CHECKER_DOES_NOT_KNOW = Set.of(
            "CSS: “size-adjust”: Property “size-adjust” doesn't exist.",
            "CSS: “ascent-override”: Property “ascent-override” doesn't exist.",
            "CSS: “descent-override”: Property “descent-override” doesn't exist.",
            "CSS: “line-gap-override”: Property “line-gap-override” doesn't exist.",
            "CSS: Unknown pseudo-element or pseudo-class “::details-content”.");

    private final SimpleDocumentValidator validator;
    private final List<String> found = new ArrayList<>();
    private String current = "";

    public NuHtmlChecker() {
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                report("warning", e);
            }

            @Override
            public void error(SAXParseException e) {
                report("error", e);
            }

            @Override
            public void fatalError(SAXParseException e) {
                report("error", e);
            }
        };
        try {
            validator = new SimpleDocumentValidator(true, false, false);
            validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
            validator.setUpValidatorAndParsers(handler, false, false);
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML checker did not start", e);
        }
    }

    private void report(String level, SAXParseException e) {
        if (!CSS_THE_CHECKER_DOES_NOT_KNOW.contains(e.getMessage())) {
            found.add(current + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + level + ": " + e.getMessage());
        }
    }

    /** Errors and warnings of an HTML document served at {@code url}, each line starting with {@code name}. */
    public synchronized List<String> html(String name, byte[] document, String url) {
        found.clear();
        current = name;
        InputSource in = new InputSource(new ByteArrayInputStream(document));
        in.setSystemId(url);
        in.setEncoding("UTF-8");
        try {
            validator.checkHtmlInputSource(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            found.add(name + ": error: " + e.getMessage());
        }
        return List.copyOf(found);
    }

    public List<String> html(String name, String document, String url) {
        return html(name, document.getBytes(StandardCharsets.UTF_8), url);
    }

    /** Errors and warnings of a stylesheet. */
    public synchronized List<String> css(Path stylesheet) {
        found.clear();
        current = stylesheet.toString();
        try {
            validator.checkCssFile(stylesheet.toFile(), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SAXException e) {
            found.add(current + ": error: " + e.getMessage());
        }
        return List.copyOf(found);
    }

    /** Every page under a built site folder, checked at its address under {@code baseUrl}. */
    public List<String> site(Path output, String baseUrl) {
        List<String> all = new ArrayList<>();
        try (var walk = Files.walk(output)) {
            for (Path page : walk.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String rel = output.relativize(page).toString().replace('\\', '/');
                all.addAll(html(rel, Files.readAllBytes(page), baseUrl + rel));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }
}
