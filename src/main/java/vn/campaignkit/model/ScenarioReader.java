package vn.campaignkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.schema.ContentSchema;

/**
 * Reads a role-play file: {@code scenes:} each with {@code id}, {@code text} and either {@code choices}
 * ({@code text} + {@code to}) or {@code ending: safe|unsafe} with a {@code lesson}; then checks the story graph.
 */
final class ScenarioReader {
    static final Set<String> SCENARIO_KEYS = ContentSchema.SCENARIO.keys();
    static final Set<String> SCENE_KEYS = ContentSchema.SCENES.itemKeys();
    static final Set<String> CHOICE_KEYS = ContentSchema.SCENES.itemOf("choices").itemKeys();
    private static final List<String> ENDINGS = ContentSchema.SCENES.itemOf("ending").allowed();

    private ScenarioReader() {
    }

    static Optional<Page> read(ContentFile file, Fields f, String stem) {
        f.rejectUnknownKeys(SCENARIO_KEYS, "a role-play scenario");
        Optional<String> title = f.requiredText("title");
        Optional<Slug> slug = PageInfoReader.slug(f, stem);
        if (!f.has("scenes")) {
            f.problems().add(f.path(), f.line("scenes"), f.col("scenes"), "a scenario needs 'scenes:'",
                    "add a list of scenes, each with 'id:', 'text:' and 'choices:' or 'ending:'");
            return Optional.empty();
        }
        List<ScenarioGraph.Node> nodes = new ArrayList<>();
        List<Scenario.Scene> scenes = new ArrayList<>();
        boolean ok = true;
        for (Fields s : f.groups("scenes")) {
            Optional<Scenario.Scene> scene = scene(s, nodes);
            scene.ifPresent(scenes::add);
            ok &= scene.isPresent();
        }
        if (!ok || scenes.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> start = f.text("start");
        String startId = start.orElse(scenes.get(0).id());
        ScenarioGraph.Position startAt = start.isPresent()
                ? new ScenarioGraph.Position(f.valueLine("start"), f.valueCol("start"))
                : new ScenarioGraph.Position(f.line("scenes"), f.col("scenes"));
        boolean sound = new ScenarioGraph(f.path(), nodes, f.problems()).check(startId, startAt);
        if (title.isEmpty() || slug.isEmpty() || !sound) {
            return Optional.empty();
        }
        return Optional.of(new Scenario(PageInfoReader.read(f, file, slug.get(), Route.of("scenarios", slug.get().value()),
                title.get()), startId, List.copyOf(scenes)));
    }

    private static Optional<Scenario.Scene> scene(Fields s, List<ScenarioGraph.Node> nodes) {
        s.rejectUnknownKeys(SCENE_KEYS, "a scene");
        Optional<String> id = s.requiredText("id");
        Optional<String> text = s.requiredText("text");
        if (id.isPresent() && !id.get().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            s.problemAt("id", "scene id \"" + id.get() + "\" should be lower-case letters, digits and '-'",
                    "for example 'cuoc-goi-la'; the id becomes the scene's link anchor");
            return Optional.empty();
        }
        Optional<Scenario.Outcome> outcome = s.text("ending").flatMap(e -> outcome(s, e));
        boolean ending = s.has("ending");
        Optional<String> lesson = s.text("lesson");
        List<Scenario.Choice> choices = new ArrayList<>();
        List<ScenarioGraph.Edge> edges = new ArrayList<>();
        boolean ok = id.isPresent() && text.isPresent() && (!ending || outcome.isPresent());
        for (Fields c : s.groups("choices")) {
            c.rejectUnknownKeys(CHOICE_KEYS, "a choice");
            Optional<String> choice = c.requiredText("text");
            Optional<String> to = c.requiredText("to");
            ok &= choice.isPresent() && to.isPresent();
            if (choice.isPresent() && to.isPresent()) {
                choices.add(new Scenario.Choice(choice.get(), to.get()));
                edges.add(new ScenarioGraph.Edge(to.get(), new ScenarioGraph.Position(c.valueLine("to"), c.valueCol("to"))));
            }
        }
        if (ending && s.has("choices")) {
            s.problemAt("choices", "an ending scene cannot have choices", "remove 'ending:' or move the choices to another scene");
            ok = false;
        } else if (!ending && !s.has("choices")) {
            s.problems().add(s.path(), s.line("id"), s.col("id"), "scene \"" + id.orElse("?") + "\" has no choices and is not an ending",
                    "add 'choices:' (each with 'text:' and 'to:') or 'ending: safe' / 'ending: unsafe' with a 'lesson:'");
            ok = false;
        }
        if (ending && lesson.isEmpty()) {
            s.problems().add(s.path(), s.line("lesson"), s.col("lesson"), "an ending needs a 'lesson:'",
                    "say what went right or wrong and what to do in real life");
            ok = false;
        }
        if (!ending && lesson.isPresent()) {
            s.problemAt("lesson", "'lesson:' belongs to ending scenes", "add 'ending: safe' or 'ending: unsafe', or remove the lesson");
            ok = false;
        }
        id.ifPresent(i -> nodes.add(new ScenarioGraph.Node(i, new ScenarioGraph.Position(s.valueLine("id"), s.valueCol("id")),
                ending, List.copyOf(edges))));
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Scenario.Scene(id.get(), s.text("heading"), text.get(), List.copyOf(choices), outcome, lesson));
    }

    private static Optional<Scenario.Outcome> outcome(Fields s, String value) {
        String key = value.toLowerCase(Locale.ROOT);
        if (!ENDINGS.contains(key)) {
            s.problemAt("ending", "ending \"" + value + "\" is not known",
                    "write " + String.join(" or ", ENDINGS.stream().map(e -> "'ending: " + e + "'").toList()));
            return Optional.empty();
        }
        return Optional.of(key.equals("safe") ? Scenario.Outcome.SAFE : Scenario.Outcome.UNSAFE);
    }
}
