package vn.campaignkit.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Everything the scanner found in a site folder, sorted by path. */
public record SourceTree(Path root, Optional<SourceFile> siteYaml, List<SourceFile> content,
                         List<SourceFile> data, List<SourceFile> templates, List<SourceFile> assets) {
}
