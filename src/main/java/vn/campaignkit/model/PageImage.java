package vn.campaignkit.model;

/**
 * A page's illustration: a site-relative output path of the image, its alt text, and where the
 * {@code image:} value was written (file line and column) so a missing image is reported there.
 */
public record PageImage(String outputPath, String alt, int line, int col) {
    public PageImage(String outputPath, String alt) {
        this(outputPath, alt, 1, 1);
    }
}
