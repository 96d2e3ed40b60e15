package vn.campaignkit.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * A contest's rules, open from {@code start} to the end of {@code deadline}. {@code registerUrlLine} and
 * {@code registerUrlCol} locate the {@code register_url} value, for problems found when it is linked.
 */
public record Contest(PageInfo info, LocalDate start, LocalDate deadline, Optional<String> registerUrl,
                      List<String> categories, Optional<String> ages, List<String> prizes, Optional<String> judging,
                      int registerUrlLine, int registerUrlCol)
        implements Page {

    /** Where a contest stands on a given day. */
    public enum State { UPCOMING, OPEN, CLOSED }

    public State stateOn(LocalDate today) {
        if (today.isBefore(start)) {
            return State.UPCOMING;
        }
        return today.isAfter(deadline) ? State.CLOSED : State.OPEN;
    }

    /** Days left including the deadline day itself (1 on the last day). */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline) + 1;
    }

    @Override
    public String template() {
        return "contest";
    }
}
