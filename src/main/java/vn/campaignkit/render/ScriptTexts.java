package vn.campaignkit.render;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import vn.campaignkit.model.Language;

/**
 * The texts the browser scripts write (search, quiz, pledge card, contest states, "days left", copy messages), as
 * the JSON a page carries in {@code <body data-texts="…">} (a data attribute: no inline script for the CSP): the
 * scripts read it through {@code campaignText.text} (text-fold.js), with no request. A page whose texts are the
 * scripts' own (the built-in Vietnamese) carries none, so a one-language Vietnamese site's pages stay as they were.
 */
public final class ScriptTexts {
    /** The message keys the scripts use, besides the date pattern and month names. */
    public static final List<String> KEYS = List.of(
            "search.loading", "search.none", "search.many", "search.some", "search.kind_tip", "search.kind_quiz",
            "search.kind_scenario", "search.kind_contest", "search.kind_hashtag", "search.kind_post", "search.kind_page",
            "search.kind_province",
            "share.copied", "share.copy_by_hand", "share.zalo_copied", "filter.none", "filter.some",
            "contest.upcoming", "contest.last_day", "contest.open", "contest.closed",
            "campaign.upcoming", "campaign.running", "campaign.ended",
            "quiz.score", "quiz.none_chosen", "quiz.feedback_right", "quiz.feedback_wrong", "quiz.feedback_key",
            "quiz.final_score", "quiz.verdict_all", "quiz.verdict_most", "quiz.verdict_few", "quiz.restarted",
            "pledge.card_heading", "pledge.card_i", "pledge.card_i_named", "pledge.card_pledge", "pledge.card_hotline",
            "pledge.preview", "pledge.preview_of", "pledge.ready");
    private static final String SCRIPTS_OWN = json(Language.builtIn("vi"));

    private ScriptTexts() {
    }

    /** The block's JSON for {@code language}, or "" when the scripts' own texts are the same. */
    public static String of(Language language) {
        String json = json(language);
        return json.equals(SCRIPTS_OWN) ? "" : json;
    }

    static String json(Language language) {
        JsonWriter json = JsonWriter.escapingLessThan().object();
        for (String key : KEYS) {
            json.name(key).value(language.messages().text(key));
        }
        json.name("dates.pattern").value(language.messages().text("dates.format"));
        json.name("dates.months").array();
        for (Month m : Month.values()) {
            json.value(m.getDisplayName(TextStyle.FULL, Language.locale(language.code())));
        }
        return json.end().end().text();
    }
}
