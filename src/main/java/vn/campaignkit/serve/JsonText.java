package vn.campaignkit.serve;

import java.util.Collection;
import java.util.List;

/** The few JSON shapes the live-reload stream sends, written by hand (strings escaped per RFC 8259). */
final class JsonText {
    private static final int MAX_CHANGED_LISTED = 500;
    private static final int MAX_PROBLEMS_LISTED = 100;

    private JsonText() {
    }

    /**
     * {@code {"version":3,"ok":true,"changed":["tips/x/index.html"]}}; {@code changed} is null when
     * unknown or too long to list, which tells pages to reload whatever they show.
     */
    static String state(long version, List<ProblemExcerpt> problems, int problemCount, Collection<String> changed) {
        StringBuilder json = new StringBuilder(256);
        json.append("{\"version\":").append(version).append(",\"ok\":").append(problems.isEmpty());
        json.append(",\"changed\":");
        if (changed == null || changed.size() > MAX_CHANGED_LISTED) {
            json.append("null");
        } else {
            json.append('[');
            int i = 0;
            for (String path : changed) {
                json.append(i++ == 0 ? "" : ",");
                string(json, path);
            }
            json.append(']');
        }
        json.append(",\"problemCount\":").append(problemCount).append(",\"problems\":[");
        int shown = Math.min(problems.size(), MAX_PROBLEMS_LISTED);
        for (int i = 0; i < shown; i++) {
            json.append(i == 0 ? "" : ",");
            problem(json, problems.get(i));
        }
        return json.append("]}").toString();
    }

    private static void problem(StringBuilder json, ProblemExcerpt excerpt) {
        var p = excerpt.problem();
        json.append("{\"where\":");
        string(json, p.where());
        json.append(",\"path\":");
        string(json, p.path());
        json.append(",\"line\":").append(p.line()).append(",\"col\":").append(p.col()).append(",\"message\":");
        string(json, p.message());
        json.append(",\"hint\":");
        string(json, p.hint());
        json.append(",\"lines\":[");
        for (int i = 0; i < excerpt.lines().size(); i++) {
            var line = excerpt.lines().get(i);
            json.append(i == 0 ? "" : ",").append("{\"n\":").append(line.number()).append(",\"text\":");
            string(json, line.text());
            json.append(",\"here\":").append(line.offending()).append('}');
        }
        json.append("]}");
    }

    static void string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '<' -> json.append("\\u003c");
                case '\u2028' -> json.append("\\u2028");
                case '\u2029' -> json.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
