package vn.campaignkit.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.campaignkit.problem.Problem;

/**
 * A problem together with the lines of its file around the offending one, as the overlay shows it.
 * Only files inside the site folder are read; a file that cannot be read simply has no excerpt.
 */
record ProblemExcerpt(Problem problem, List<SourceLine> lines) {
    private static final int CONTEXT = 2;
    private static final int MAX_LINE_CHARS = 240;
    private static final long MAX_FILE_BYTES = 8L * 1024 * 1024;

    /** One numbered line of the file; {@code offending} marks the line the problem points at. */
    record SourceLine(int number, String text, boolean offending) {
    }

    ProblemExcerpt {
        lines = List.copyOf(lines);
    }

    static List<ProblemExcerpt> of(Path siteRoot, List<Problem> problems) {
        List<ProblemExcerpt> excerpts = new ArrayList<>(problems.size());
        for (Problem problem : problems) {
            excerpts.add(new ProblemExcerpt(problem, linesAround(siteRoot, problem)));
        }
        return excerpts;
    }

    private static List<SourceLine> linesAround(Path siteRoot, Problem problem) {
        if (problem.line() < 1 || problem.path().isEmpty() || problem.inSpreadsheet()) {
            return List.of();
        }
        for (String segment : problem.path().split("/")) {
            if (segment.isEmpty() || segment.equals("..") || segment.equals(".") || segment.contains(":")) {
                return List.of();
            }
        }
        Path root = siteRoot.toAbsolutePath().normalize();
        Path file = root.resolve(problem.path()).normalize();
        try {
            if (!file.startsWith(root) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    || Files.size(file) > MAX_FILE_BYTES) {
                return List.of();
            }
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            if (text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String[] all = text.replace("\r\n", "\n").replace('\r', '\n').split("\n");
            int first = Math.max(1, problem.line() - CONTEXT);
            int last = Math.min(all.length, problem.line() + CONTEXT);
            List<SourceLine> lines = new ArrayList<>();
            for (int n = first; n <= last; n++) {
                String line = all[n - 1];
                if (line.length() > MAX_LINE_CHARS) {
                    line = line.substring(0, MAX_LINE_CHARS) + "…";
                }
                lines.add(new SourceLine(n, line, n == problem.line()));
            }
            return lines;
        } catch (IOException | SecurityException e) {
            return List.of();
        }
    }
}
