package vn.campaignkit.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import vn.campaignkit.problem.Problem;

/**
 * A tiny stand-in for the real pipeline: every {@code content/NAME.md} becomes {@code NAME/index.html}
 * (with the site's strict CSP meta) and a line containing {@code ERROR} is a problem at that line and
 * column. Records the change sets it was asked to build.
 */
final class FakeSiteBuild implements SiteBuild {
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "font-src 'self'; connect-src 'none'; base-uri 'none'; form-action 'none'";
    final List<ChangeSet> asked = new CopyOnWriteArrayList<>();
    private final Path root;

    FakeSiteBuild(Path root) {
        this.root = root;
    }

    @Override
    public BuildResult build(ChangeSet changes) {
        asked.add(changes);
        Map<String, byte[]> out = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        StringBuilder index = new StringBuilder();
        try (Stream<Path> files = Files.list(root.resolve("content"))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (!name.endsWith(".md")) {
                    continue;
                }
                String slug = name.substring(0, name.length() - 3);
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    int at = lines.get(i).indexOf("ERROR");
                    if (at >= 0) {
                        problems.add(new Problem("content/" + name, i + 1, at + 1, "the word ERROR is not allowed", "delete it"));
                    }
                }
                out.put(slug + "/index.html", page(slug, String.join("\n", lines)));
                index.append(slug).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!problems.isEmpty()) {
            return new BuildResult.Failed(problems);
        }
        out.put("index.html", page("home", index.toString()));
        out.put("404.html", page("not found", "Không tìm thấy trang"));
        out.put("css/site.css", "body{margin:0}".getBytes(StandardCharsets.UTF_8));
        return new BuildResult.Built(new SiteSnapshot(out));
    }

    static byte[] page(String title, String body) {
        String html = "<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"" + CSP + "\">"
                + "<title>" + title + "</title></head><body><main id=\"main\">" + body + "</main></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
