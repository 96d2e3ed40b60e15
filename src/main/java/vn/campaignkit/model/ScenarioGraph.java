package vn.campaignkit.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.DidYouMean;

/**
 * Checks a scenario's story graph: every choice leads to an existing scene, every scene is reachable from
 * the start, the story has an ending and no scene traps the player where no ending can be reached.
 */
final class ScenarioGraph {
    /** A line and column of the file. */
    record Position(int line, int col) {
    }

    /** A choice's target and where it is written. */
    record Edge(String to, Position at) {
    }

    /** A scene as the graph sees it. */
    record Node(String id, Position at, boolean ending, List<Edge> edges) {
    }

    private final String path;
    private final List<Node> nodes;
    private final Problems problems;

    ScenarioGraph(String path, List<Node> nodes, Problems problems) {
        this.path = path;
        this.nodes = nodes;
        this.problems = problems;
    }

    /** Reports every graph mistake; true when there was none. */
    boolean check(String start, Position startAt) {
        int before = problems.size();
        Map<String, Node> byId = new LinkedHashMap<>();
        for (Node n : nodes) {
            Node earlier = byId.putIfAbsent(n.id(), n);
            if (earlier != null) {
                problems.add(path, n.at().line(), n.at().col(), "scene id \"" + n.id() + "\" is used twice",
                        "the first is on line " + earlier.at().line() + "; give each scene its own id");
            }
        }
        for (Node n : nodes) {
            for (Edge e : n.edges()) {
                if (!byId.containsKey(e.to())) {
                    problems.add(path, e.at().line(), e.at().col(), "choice leads to scene \"" + e.to() + "\", which does not exist",
                            DidYouMean.closest(e.to(), byId.keySet()).map(k -> "did you mean '" + k + "'?")
                                    .orElse("scenes: " + String.join(", ", byId.keySet())));
                }
            }
        }
        if (!byId.containsKey(start)) {
            problems.add(path, startAt.line(), startAt.col(), "the start scene \"" + start + "\" does not exist",
                    "'start:' names the id of the first scene");
            return false;
        }
        if (nodes.stream().noneMatch(Node::ending)) {
            problems.add(path, startAt.line(), startAt.col(), "this story has no ending",
                    "add at least one scene with 'ending: safe' or 'ending: unsafe' and a 'lesson:'");
            return false;
        }
        Set<String> reached = reachable(byId, start);
        for (Node n : byId.values()) {
            if (!reached.contains(n.id())) {
                problems.add(path, n.at().line(), n.at().col(), "no path from the start reaches scene \"" + n.id() + "\"",
                        "add a choice with 'to: " + n.id() + "' or remove the scene");
            }
        }
        Set<String> canEnd = canReachEnding(byId);
        for (Node n : byId.values()) {
            if (reached.contains(n.id()) && !canEnd.contains(n.id())) {
                problems.add(path, n.at().line(), n.at().col(), "from scene \"" + n.id() + "\" no ending can be reached",
                        "give one of its choices a way to an ending scene");
            }
        }
        return problems.size() == before;
    }

    private static Set<String> reachable(Map<String, Node> byId, String start) {
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(List.of(start));
        while (!todo.isEmpty()) {
            String id = todo.pop();
            Node n = byId.get(id);
            if (n != null && seen.add(id)) {
                n.edges().forEach(e -> todo.push(e.to()));
            }
        }
        return seen;
    }

    private static Set<String> canReachEnding(Map<String, Node> byId) {
        Set<String> ok = new HashSet<>();
        byId.values().stream().filter(Node::ending).forEach(n -> ok.add(n.id()));
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Node n : byId.values()) {
                if (!ok.contains(n.id()) && n.edges().stream().anyMatch(e -> ok.contains(e.to()))) {
                    ok.add(n.id());
                    grew = true;
                }
            }
        }
        return ok;
    }
}
