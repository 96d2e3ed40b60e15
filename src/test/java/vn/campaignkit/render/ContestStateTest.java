package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.campaignkit.model.Body;
import vn.campaignkit.model.Contest;
import vn.campaignkit.model.PageInfo;
import vn.campaignkit.model.Route;
import vn.campaignkit.model.Slug;

/** A contest open from 01/10/2025 to the end of 15/11/2025, seen on the days around its edges. */
class ContestStateTest {
    private static final Contest VE_TRANH = new Contest(new PageInfo("content/contests/ve-tranh.md", 1, new Slug("ve-tranh"),
            Route.of("contests", "ve-tranh"), "Vẽ tranh", Optional.empty(), List.of(), false, Optional.empty(), Body.EMPTY, Map.of()),
            LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 15), Optional.empty(), List.of(), Optional.empty(), List.of(),
            Optional.empty(), 0, 0);

    private static ContestState on(String day) {
        return ContestState.of(VE_TRANH, LocalDate.parse(day), vn.campaignkit.model.Language.builtIn("vi"));
    }

    @Test
    void theDayBeforeTheStartItIsUpcoming() {
        ContestState s = on("2025-09-30");
        assertThat(s.state()).isEqualTo("upcoming");
        assertThat(s.text()).isEqualTo("Sắp mở – nhận bài từ 01/10/2025");
    }

    @Test
    void onTheFirstDayItIsOpenWithEveryDayLeft() {
        ContestState s = on("2025-10-01");
        assertThat(s.state()).isEqualTo("open");
        assertThat(s.text()).isEqualTo("Đang nhận bài – còn 46 ngày");
        assertThat(s.daysLeft()).isEqualTo(46);
    }

    @Test
    void theDayBeforeTheDeadlineTwoDaysAreLeft() {
        assertThat(on("2025-11-14").text()).isEqualTo("Đang nhận bài – còn 2 ngày");
    }

    @Test
    void onTheDeadlineItIsTheLastDay() {
        ContestState s = on("2025-11-15");
        assertThat(s.state()).isEqualTo("open");
        assertThat(s.text()).isEqualTo("Đang nhận bài – hôm nay là ngày cuối");
        assertThat(s.daysLeft()).isEqualTo(1);
    }

    @Test
    void theDayAfterTheDeadlineItHasEnded() {
        ContestState s = on("2025-11-16");
        assertThat(s.state()).isEqualTo("closed");
        assertThat(s.text()).isEqualTo("Đã kết thúc");
        assertThat(s.daysLeft()).isZero();
    }

    @Test
    void carriesTheDatesForTheBrowserScriptAndForReaders() {
        ContestState s = on("2025-10-20");
        assertThat(s.startIso()).isEqualTo("2025-10-01");
        assertThat(s.deadlineIso()).isEqualTo("2025-11-15");
        assertThat(s.startText()).isEqualTo("01/10/2025");
        assertThat(s.deadlineText()).isEqualTo("15/11/2025");
    }
}
