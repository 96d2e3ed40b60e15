package vn.campaignkit.model.print;

import java.nio.file.Path;

/** A raster image (PNG or JPEG) placed on a printable: the file on disk and where the editor named it. */
public record PrintImage(Path file, PrintText named) {
}
