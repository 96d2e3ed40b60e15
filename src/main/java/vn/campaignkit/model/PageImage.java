package vn.campaignkit.model;

/** A page's illustration: a site-relative output path of the image and its alt text. */
public record PageImage(String outputPath, String alt) {
}
