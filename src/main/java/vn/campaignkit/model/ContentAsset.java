package vn.campaignkit.model;

import java.nio.file.Path;

/** A non-Markdown file in {@code content/} or {@code assets/} (an image, a PDF…), copied as is. */
public record ContentAsset(String source, Path file, String outputPath) {
}
