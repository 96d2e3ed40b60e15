package vn.campaignkit.serve;

import java.util.Collection;
import java.util.List;
import vn.campaignkit.render.JsonWriter;

/** The few JSON shapes the live-reload stream sends, written by {@link JsonWriter} ({@code <} escaped too). */
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
        JsonWriter json = JsonWriter.escapingLessThan().object()
                .name("version").value(version)
                .name("ok").value(problems.isEmpty())
                .name("changed");
        if (changed == null || changed.size() > MAX_CHANGED_LISTED) {
            json.nullValue();
        } else {
            json.array();
            changed.forEach(json::value);
            json.end();
        }
        json.name("problemCount").value(problemCount).name("problems").array();
        problems.stream().limit(MAX_PROBLEMS_LISTED).forEach(problem -> problem(json, problem));
        return json.end().end().text();
    }

    private static void problem(JsonWriter json, ProblemExcerpt excerpt) {
        var p = excerpt.problem();
        json.object()
                .name("where").value(p.where())
                .name("path").value(p.path())
                .name("line").value(p.line())
                .name("col").value(p.col())
                .name("message").value(p.message())
                .name("hint").value(p.hint())
                .name("lines").array();
        for (var line : excerpt.lines()) {
            json.object().name("n").value(line.number()).name("text").value(line.text()).name("here").value(line.offending()).end();
        }
        json.end().end();
    }
}
