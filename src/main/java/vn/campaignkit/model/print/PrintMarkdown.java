package vn.campaignkit.model.print;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaignkit.problem.Problems;

/**
 * The Markdown a printable may use: paragraphs, bullet and numbered lists, and {@code **bold**}.
 * Anything else (headings, links, images, italics, code, HTML) is a problem, because paper cannot
 * show it and silently printing the raw characters would look broken.
 */
public final class PrintMarkdown {
    private static final Pattern BULLET = Pattern.compile("^\\s{0,3}[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s{0,3}(\\d{1,3})[.)]\\s+(.*)$");
    private static final Pattern HEADING = Pattern.compile("^\\s{0,3}#{1,6}(\\s|$)");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*]\\(");
    private static final Pattern HTML = Pattern.compile("<[a-zA-Z/!]");

    private final String path;
    private final Problems problems;
    private final List<PrintBlock> blocks = new ArrayList<>();
    private final StringBuilder pending = new StringBuilder();
    private int pendingLine;
    private int pendingCol;
    private int pendingNumber = -1;

    private PrintMarkdown(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    /** Parses {@code markdown} whose first line is line {@code firstLine} (column {@code firstCol}) of {@code path}. */
    public static List<PrintBlock> parse(String path, String markdown, int firstLine, int firstCol, Problems problems) {
        PrintMarkdown parser = new PrintMarkdown(path, problems);
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            parser.line(lines[i], firstLine + i, i == 0 ? firstCol : 1);
        }
        parser.flush();
        return List.copyOf(parser.blocks);
    }

    private void line(String text, int line, int col) {
        if (text.isBlank()) {
            flush();
            return;
        }
        if (!checkSyntax(text, line, col)) {
            return;
        }
        Matcher bullet = BULLET.matcher(text);
        Matcher numbered = NUMBERED.matcher(text);
        if (bullet.matches()) {
            flush();
            start(0, bullet.group(1), line, col + bullet.start(1));
        } else if (numbered.matches()) {
            flush();
            start(Integer.parseInt(numbered.group(1)), numbered.group(2), line, col + numbered.start(2));
        } else if (pending.length() > 0) {
            pending.append(' ').append(text.strip());
        } else {
            start(-1, text.strip(), line, col + (text.length() - text.stripLeading().length()));
        }
    }

    private void start(int number, String text, int line, int col) {
        pendingNumber = number;
        pending.append(text.strip());
        pendingLine = line;
        pendingCol = col;
    }

    private boolean checkSyntax(String text, int line, int col) {
        if (HEADING.matcher(text).find()) {
            problems.add(path, line, col, "headings ('#') cannot be used in printable text",
                    "put the big title in 'headline:' and write the rest as paragraphs or a list");
            return false;
        }
        Matcher link = LINK.matcher(text);
        if (link.find()) {
            problems.add(path, line, col + link.start(), "links and images cannot be printed",
                    "write the address as plain text, or put it in 'qr:' so readers can scan it");
            return false;
        }
        Matcher html = HTML.matcher(text);
        if (html.find()) {
            problems.add(path, line, col + html.start(), "HTML cannot be used in printable text",
                    "use plain text, lists and **bold** only");
            return false;
        }
        int tick = text.indexOf('`');
        if (tick >= 0) {
            problems.add(path, line, col + tick, "code ('`') cannot be used in printable text", "remove the backticks");
            return false;
        }
        return true;
    }

    private void flush() {
        if (pending.length() == 0) {
            return;
        }
        List<Span> spans = spans(pending.toString(), pendingLine, pendingCol);
        if (!spans.isEmpty()) {
            blocks.add(pendingNumber < 0 ? new PrintBlock.Paragraph(spans, pendingLine)
                    : new PrintBlock.Item(pendingNumber, spans, pendingLine));
        }
        pending.setLength(0);
        pendingNumber = -1;
    }

    /** Splits {@code **bold**} runs; single {@code *} or {@code _} emphasis is a problem. */
    private List<Span> spans(String text, int line, int col) {
        List<Span> spans = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        boolean bold = false;
        int boldStart = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && "\\*_#-+.".indexOf(text.charAt(i + 1)) >= 0) {
                run.append(text.charAt(++i));
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                addRun(spans, run, bold);
                bold = !bold;
                boldStart = i;
                i++;
            } else if (c == '*' || (c == '_' && isEmphasisUnderscore(text, i))) {
                problems.add(path, line, col + i, "only **bold** can be used in printable text, not *italic*",
                        "write **bold**, or '\\" + c + "' for the character itself");
                return List.of();
            } else {
                run.append(c);
            }
        }
        if (bold) {
            problems.add(path, line, col + boldStart, "'**' starts bold text that is never closed", "add the closing '**'");
            return List.of();
        }
        addRun(spans, run, false);
        return spans;
    }

    private static boolean isEmphasisUnderscore(String text, int i) {
        boolean before = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
        boolean after = i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1));
        return before && after && text.indexOf('_', i + 1) > i + 1;
    }

    private static void addRun(List<Span> spans, StringBuilder run, boolean bold) {
        if (run.length() > 0) {
            spans.add(new Span(run.toString(), bold));
            run.setLength(0);
        }
    }
}
