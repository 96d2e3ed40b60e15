package vn.campaignkit.render;

import java.util.List;
import java.util.Optional;
import vn.campaignkit.model.Quiz;
import vn.campaignkit.model.Site;

/** The pages around quizzes, role-play scenarios and the pledge wall: list pages and printable quizzes. */
final class PlayPages {
    private PlayPages() {
    }

    static void plan(Site site, ViewFactory views, List<PageJob> jobs) {
        {
            jobs.add(PageJob.list("quizzes/", "quizzes", "Câu đố nhanh",
                    "Trả lời từng câu, xem giải thích và kiểm tra xem bạn đã sẵn sàng trước các chiêu lừa trên mạng chưa.",
                    new Details.ListDetail(views.cards(site.quizzes()))));
        }
        for (Quiz q : site.quizzes()) {
            jobs.add(new PageJob(PlayViews.printPath(q), "index.html", "quiz-print", "quiz-print", q.title() + " – bản in",
                    q.info().summary().orElse(""), q.info().source(), q.info().sourceLine(), Optional.empty(), PlayViews.quiz(q)));
        }
        {
            jobs.add(PageJob.list("scenarios/", "scenarios", "Tình huống nhập vai",
                    "Tự chọn cách xử lý trong những tình huống mô phỏng chiêu dụ dỗ, lừa đảo thật – và xem điều gì xảy ra.",
                    new Details.ListDetail(views.cards(site.scenarios()))));
        }
        jobs.add(PageJob.list("pledge/", "pledge", "Bức tường An toàn số",
                "Đọc lời cam kết, ghi tên bạn và tạo thẻ cam kết của riêng mình để chia sẻ.", null));
    }
}
