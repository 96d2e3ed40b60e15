package vn.campaignkit.model;

/** A page's illustration: a site-relative output path of the image, its alt text, and where {@code image:} was written. */
public record PageImage(String outputPath, String alt, int line, int col) {
}
