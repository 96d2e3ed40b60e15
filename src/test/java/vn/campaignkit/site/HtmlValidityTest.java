package vn.campaignkit.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Every HTML page of the default site passes the Nu HTML validator. */
class HtmlValidityTest {

    @Test
    void everyPageOfTheDefaultSiteIsValidHtml() throws Exception {
        Path out = BuiltSite.output();
        List<String> errors = new ArrayList<>();
        String[] current = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings are advice, not errors
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(current[0] + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-rdfalite.rnc", handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        Path broken = java.nio.file.Files.createTempFile("invalid", ".html");
        java.nio.file.Files.writeString(broken, "<!DOCTYPE html><html lang=vi><title>x</title><p><div></span></html>");
        current[0] = "known-invalid";
        validator.checkHtmlFile(broken.toFile(), true);
        assertThat(errors).as("the validator reports a known mistake").isNotEmpty();
        errors.clear();
        List<Path> pages = BuiltSite.files(out, ".html");
        assertThat(pages).hasSizeGreaterThan(50);
        for (Path page : pages) {
            current[0] = out.relativize(page).toString();
            validator.checkHtmlFile(page.toFile(), true);
        }
        assertThat(errors).isEmpty();
    }
}
