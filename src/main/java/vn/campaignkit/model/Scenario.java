package vn.campaignkit.model;

import java.util.List;
import java.util.Optional;

/** A branching role-play story: scenes with choices leading to other scenes, and endings with a lesson. */
public record Scenario(PageInfo info, String start, List<Scene> scenes) implements Page {

    /** How a story ends for the player. */
    public enum Outcome { SAFE, UNSAFE }

    /** One scene; an ending has an outcome and a lesson and no choices. */
    public record Scene(String id, Optional<String> heading, String text, List<Choice> choices,
                        Optional<Outcome> outcome, Optional<String> lesson) {
        public boolean isEnding() {
            return outcome.isPresent();
        }
    }

    /** A choice leading to the scene {@code to}. */
    public record Choice(String text, String to) {
    }

    @Override
    public String template() {
        return "scenario";
    }
}
