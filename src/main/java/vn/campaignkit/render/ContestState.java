package vn.campaignkit.render;

import java.time.LocalDate;
import vn.campaignkit.model.Contest;
import vn.campaignkit.model.Language;
import vn.campaignkit.model.Messages;

/** A contest's state on build day, written into the page and refreshed by the browser's script. */
public record ContestState(String state, String text, long daysLeft, String startIso, String deadlineIso,
                           String startText, String deadlineText) {
    public static final ContestState NONE = new ContestState("", "", 0, "", "", "", "");

    public static ContestState of(Contest c, LocalDate today, Language language) {
        Contest.State s = c.stateOn(today);
        Messages m = language.messages();
        String text = switch (s) {
            case UPCOMING -> m.fill("contest.upcoming", "date", language.date(c.start()));
            case OPEN -> c.daysLeft(today) == 1 ? m.text("contest.last_day") : m.fill("contest.open", "days", c.daysLeft(today));
            case CLOSED -> m.text("contest.closed");
        };
        return new ContestState(s.name().toLowerCase(java.util.Locale.ROOT), text, Math.max(0, c.daysLeft(today)),
                c.start().toString(), c.deadline().toString(), language.date(c.start()), language.date(c.deadline()));
    }
}
