package vn.campaignkit.render;

import java.time.LocalDate;
import vn.campaignkit.model.Contest;

/** A contest's state on build day, written into the page and refreshed by the browser's script. */
public record ContestState(String state, String text, long daysLeft, String startIso, String deadlineIso,
                           String startText, String deadlineText) {
    public static final ContestState NONE = new ContestState("", "", 0, "", "", "", "");

    public static ContestState of(Contest c, LocalDate today) {
        Contest.State s = c.stateOn(today);
        String text = switch (s) {
            case UPCOMING -> "Sắp mở – nhận bài từ " + Dates.text(c.start());
            case OPEN -> c.daysLeft(today) == 1 ? "Đang nhận bài – hôm nay là ngày cuối" : "Đang nhận bài – còn " + c.daysLeft(today) + " ngày";
            case CLOSED -> "Đã kết thúc";
        };
        return new ContestState(s.name().toLowerCase(java.util.Locale.ROOT), text, Math.max(0, c.daysLeft(today)),
                c.start().toString(), c.deadline().toString(), Dates.text(c.start()), Dates.text(c.deadline()));
    }
}
