package vn.campaignkit.render;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaignkit.model.Language;
import vn.campaignkit.problem.Problems;

/**
 * A browser script whose words come from the message files, written into it at build time for each language, so the
 * script needs no request and the page no data. In the script's source a text is a JavaScript string holding a mark:
 * {@code "«contest.closed»"} becomes {@code "Đã kết thúc"}. A text with places says what fills each:
 * {@code "«contest.open days: left»"} becomes {@code "Đang nhận bài – còn " + left + " ngày"}, so such a string
 * must stand where a sum of strings may. The string may hold other characters around its one mark
 * ({@code " «pledge.preview_for name: name»"}). An expression that is more than a name, a call or a member is put in
 * parentheses; one followed by a line break in the mark continues the sum on a new line with that indentation.
 * {@code «date p»} becomes the language's date pattern written with {@code p}, the parts of an ISO date
 * ({@code p[2] + "/" + p[1] + "/" + p[0]} for dd/MM/yyyy).
 */
public final class ScriptTemplate {
    private static final String KEY = "[a-z][a-z0-9_]*\\.[a-z][a-z0-9_]*";
    private static final Pattern MARKS = Pattern.compile("«date ([A-Za-z_$][\\w$]*)»"
            + "|\"([^\"\\\\\\n«»]*)«(" + KEY + ")([^«»]*)»([^\"\\\\\\n«»]*)\""
            + "|«(" + KEY + ")[^«»]*»");
    private static final Pattern PLACE = Pattern.compile("\\{(\\w+)}");
    private static final Pattern FILLER = Pattern.compile("(?s)\\s*([A-Za-z_]\\w*)\\s*:\\s*(\\S.*?)(\\s*)");
    private static final Pattern DATE_FIELD = Pattern.compile("'([^']*)'|([A-Za-z])\\2*|[^A-Za-z']+");

    /** One part of a sum of strings: a string's content (already escaped) or an expression. */
    private record Piece(boolean literal, String code, String lineBreak) {
        static Piece text(String escaped) {
            return new Piece(true, escaped, "");
        }

        static Piece expression(String code) {
            return new Piece(false, code, "");
        }
    }

    private ScriptTemplate() {
    }

    /** Whether {@code script} has any mark, that is, needs writing per language. */
    public static boolean hasMarks(String script) {
        return MARKS.matcher(script).find();
    }

    /** The script in {@code language}; a mark that cannot be filled is a problem at {@code path}. */
    public static String render(String path, String script, Language language, Problems problems) {
        Matcher m = MARKS.matcher(script);
        StringBuilder out = new StringBuilder(script.length());
        int last = 0;
        while (m.find()) {
            out.append(script, last, m.start());
            last = m.end();
            int[] at = lineAndColumn(script, m.start());
            if (m.group(1) != null) {
                out.append(sum(date(language, m.group(1), path, at, problems)));
            } else if (m.group(3) != null) {
                out.append(text(m.group(2), m.group(3), m.group(4), m.group(5), language, path, at, problems));
            } else {
                problems.add(path, at[0], at[1], "the mark «" + m.group(6) + "» is not inside a string of its own",
                        "write it alone in a string, \"«" + m.group(6) + "»\" (other characters may stand around it, quotes not)");
                out.append(m.group());
            }
        }
        return out.append(script, last, script.length()).toString();
    }

    private static String text(String before, String key, String fillers, String after, Language language, String path,
                               int[] at, Problems problems) {
        String file = "templates/messages/" + language.code() + ".yaml";
        Optional<String> message = language.messages().find(key);
        if (message.isEmpty()) {
            problems.add(path, at[0], at[1], "the text " + key + " is not in the messages of language \"" + language.code() + "\"",
                    "add it to " + file + ", or correct the key in the script");
            return "\"" + before + after + "\"";
        }
        Map<String, Piece> places = fillers(fillers, path, at, problems);
        List<Piece> pieces = new ArrayList<>();
        pieces.add(Piece.text(before));
        Matcher place = PLACE.matcher(message.get());
        int last = 0;
        while (place.find()) {
            pieces.add(Piece.text(escaped(message.get().substring(last, place.start()))));
            last = place.end();
            Piece filler = places.get(place.group(1));
            if (filler == null) {
                String filled = places.isEmpty() ? "no place" : String.join(", ", places.keySet().stream().map(n -> "{" + n + "}").toList());
                problems.add(path, at[0], at[1], "the text " + key + " of language \"" + language.code() + "\" has the place {"
                        + place.group(1) + "}, which the script does not fill here", "the script fills " + filled + " in "
                        + key + "; correct the text in " + file);
                continue;
            }
            pieces.add(filler);
        }
        pieces.add(Piece.text(escaped(message.get().substring(last))));
        pieces.add(Piece.text(after));
        return sum(pieces);
    }

    /** The {@code name: expression} pairs after a mark's key, separated by commas outside brackets and strings. */
    private static Map<String, Piece> fillers(String text, String path, int[] at, Problems problems) {
        Map<String, Piece> places = new LinkedHashMap<>();
        if (text.isBlank()) {
            return places;
        }
        for (String part : topLevel(text)) {
            Matcher f = FILLER.matcher(part);
            if (!f.matches()) {
                problems.add(path, at[0], at[1], "\"" + part.strip() + "\" does not say which place it fills",
                        "write the places of a text as name: expression, name: expression");
                continue;
            }
            String code = simple(f.group(2)) ? f.group(2) : "(" + f.group(2) + ")";
            String space = f.group(3);
            String lineBreak = space.contains("\n") ? space.substring(space.lastIndexOf('\n')) : "";
            places.put(f.group(1), new Piece(false, code, lineBreak));
        }
        return places;
    }

    /** The language's date pattern as pieces over {@code parts}, an ISO date split at "-". */
    private static List<Piece> date(Language language, String parts, String path, int[] at, Problems problems) {
        List<Piece> pieces = new ArrayList<>();
        Matcher f = DATE_FIELD.matcher(language.datePattern());
        while (f.find()) {
            if (f.group(1) != null) {
                pieces.add(Piece.text(escaped(f.group(1).isEmpty() ? "'" : f.group(1))));
                continue;
            }
            if (f.group(2) == null) {
                pieces.add(Piece.text(escaped(f.group())));
                continue;
            }
            String field = f.group();
            String code = switch (field) {
                case "yyyy", "uuuu", "y", "u" -> parts + "[0]";
                case "yy", "uu" -> parts + "[0].slice(2)";
                case "MM" -> parts + "[1]";
                case "M" -> "Number(" + parts + "[1])";
                case "MMM", "MMMM" -> monthNames(language, field) + "[" + parts + "[1] - 1]";
                case "dd" -> parts + "[2]";
                case "d" -> "Number(" + parts + "[2])";
                default -> "";
            };
            if (code.isEmpty()) {
                problems.add(path, at[0], at[1], "the date pattern \"" + language.datePattern() + "\" of language \""
                        + language.code() + "\" has \"" + field + "\", which the scripts cannot write",
                        "write dates with d, dd, M, MM, MMM, MMMM, yy and yyyy only");
                continue;
            }
            pieces.add(Piece.expression(code));
        }
        return pieces;
    }

    private static String monthNames(Language language, String field) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(field, Language.locale(language.code()));
        List<String> names = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            names.add("\"" + escaped(LocalDate.of(2000, month, 1).format(format)) + "\"");
        }
        return "[" + String.join(", ", names) + "]";
    }

    /**
     * The pieces joined with {@code +}: empty strings left out, neighbouring strings merged, and a {@code ""} in
     * front when the sum would otherwise not start with a string (two numbers would be added).
     */
    private static String sum(List<Piece> pieces) {
        List<Piece> parts = new ArrayList<>();
        for (Piece p : pieces) {
            Piece previous = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (p.literal() && p.code().isEmpty()) {
                continue;
            }
            if (p.literal() && previous != null && previous.literal()) {
                parts.set(parts.size() - 1, Piece.text(previous.code() + p.code()));
            } else {
                parts.add(p);
            }
        }
        if (parts.isEmpty() || !parts.get(0).literal() && (parts.size() == 1 || !parts.get(1).literal())) {
            parts.add(0, Piece.text(""));
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                String lineBreak = parts.get(i - 1).lineBreak();
                out.append(lineBreak.isEmpty() ? " + " : lineBreak + "+ ");
            }
            Piece p = parts.get(i);
            out.append(p.literal() ? "\"" + p.code() + "\"" : p.code());
        }
        return out.toString();
    }

    /** {@code text} as the inside of a double-quoted JavaScript string. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Whether {@code code}, outside brackets and strings, is only names and dots (needs no parentheses in a sum). */
    private static boolean simple(String code) {
        boolean[] outside = outsideBracketsAndStrings(code);
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (outside[i] && !(Character.isLetterOrDigit(c) || c == '_' || c == '$' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** {@code text} cut at the commas outside brackets and strings. */
    private static List<String> topLevel(String text) {
        boolean[] outside = outsideBracketsAndStrings(text);
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (outside[i] && text.charAt(i) == ',') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }

    /** For each character of JavaScript {@code code}: whether it stands outside every bracket and string. */
    private static boolean[] outsideBracketsAndStrings(String code) {
        boolean[] outside = new boolean[code.length()];
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else {
                outside[i] = depth == 0;
            }
        }
        return outside;
    }

    private static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
