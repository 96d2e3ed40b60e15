package vn.campaignkit.model;

import java.nio.file.Path;
import java.util.Optional;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.print.Printable;
import vn.campaignkit.model.print.PrintableReader;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;

/** The {@code print} content kind: files of {@code content/print/} become {@link Printable}s, not pages. */
final class PrintableKind {
    private PrintableKind() {
    }

    static boolean holds(SourceFile file) {
        return file.pathBelow("content").startsWith(ContentKind.PRINT.folder() + "/");
    }

    static Optional<Printable> read(SourceFile file, ContentName name, Optional<byte[]> alreadyRead, SiteConfig config, Path root, Problems problems) {
        String below = file.pathBelow("content");
        if (below.indexOf('/', ContentKind.PRINT.folder().length() + 1) >= 0) {
            problems.add(file.path(), 1, 1, "sub-folders are only allowed in content/schools/", "move the file up into content/print/");
            return Optional.empty();
        }
        String stem = name.stem();
        return ContentFile.read(file, alreadyRead, problems).flatMap(c -> PageInfoReader.slug(c.fields(), stem)
                .flatMap(slug -> PrintableReader.read(c.fields(), slug.value(), c.body().markdown(), c.body().firstLine(),
                        new PrintableReader.SiteFacts(root, config.baseUrl()))));
    }
}
