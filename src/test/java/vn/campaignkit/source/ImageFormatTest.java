package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageFormatTest {
    @Test
    void tellsRasterFormatsApartByTheirFirstBytes() throws IOException {
        assertThat(ImageFormat.sniff(ImageMetadataTest.png(ImageMetadataTest.testPicture()))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.sniff(ImageMetadataTest.jpeg(ImageMetadataTest.testPicture(), false))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.sniff(ascii("GIF89a\u0001\u0000\u0001\u0000"))).contains(ImageFormat.GIF);
        assertThat(ImageFormat.sniff(ascii("GIF87a\u0001\u0000\u0001\u0000"))).contains(ImageFormat.GIF);
        assertThat(ImageFormat.sniff(ascii("RIFF\u0004\u0000\u0000\u0000WEBPVP8L"))).contains(ImageFormat.WEBP);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!-- Generator: Inkscape -->\n<svg\n  width=\"4\">",
        "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\" \"x.dtd\" [ <!ENTITY a \"b\"> ]>\t<svg>",
    })
    void recognisesSvgPastItsXmlPrologue(String text) {
        assertThat(ImageFormat.sniff(text.getBytes(StandardCharsets.UTF_8))).contains(ImageFormat.SVG);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<html><body><svg></svg></body></html>", "<svgx/>", "<!-- <svg> never closed",
        "RIFF\u0004\u0000\u0000\u0000WAVEfmt ", "\u0000\u0000\u0000\u0018ftypheic", "BM\u0036\u0000", "plain text"})
    void recognisesNothingElse(String text) {
        assertThat(ImageFormat.sniff(text.getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    }

    @Test
    void namesTheMediaTypeAndExtensionBrowsersExpect() {
        assertThat(ImageFormat.JPEG.mediaType()).isEqualTo("image/jpeg");
        assertThat(ImageFormat.JPEG.extension()).isEqualTo("jpg");
        assertThat(ImageFormat.SVG.mediaType()).isEqualTo("image/svg+xml");
        assertThat(ImageFormat.WEBP.mediaType()).isEqualTo("image/webp");
        assertThat(ImageFormat.SVG.raster()).isFalse();
        assertThat(ImageFormat.PNG.raster()).isTrue();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
