package vn.campaignkit.problem;

import java.util.List;

/** The site has problems and cannot be built; carries every problem found. */
public final class SiteProblemsException extends Exception {
    private final List<Problem> problems;

    public SiteProblemsException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the site", null, false, false);
        this.problems = List.copyOf(problems);
    }

    public SiteProblemsException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
