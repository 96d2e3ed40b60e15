package vn.campaignkit.desk;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import vn.campaignkit.config.BuildOptions;
import vn.campaignkit.serve.DevServer;
import vn.campaignkit.serve.IncrementalSiteBuild;

/**
 * What the desk's routes share: the site folder (resolved), its files, the preview's incremental build and
 * server, the write guard, the front-matter editor and the publisher.
 */
record DeskSite(Path root, BuildOptions previewOptions, SiteFiles files, IncrementalSiteBuild build, DevServer server,
                WriteGuard guard, FrontMatterEdit frontMatter, Publisher publisher, Clock clock, PrintWriter log) {
}
