package vn.campaignkit.desk;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.scaffold.ContentKind;
import vn.campaignkit.scaffold.NewContent;
import vn.campaignkit.scaffold.NewTranslation;
import vn.campaignkit.serve.ChangeSet;

/**
 * {@code api/translate}: starts the translation of a page into another language of the site — {@code x.en.md}
 * beside {@code x.md}, the original's front matter and text copied to be translated — and writes it like any new
 * file of the desk (atomically, never over an existing file).
 */
final class TranslationRoutes {
    private final DeskSite site;

    TranslationRoutes(DeskSite site) {
        this.site = site;
    }

    boolean write(DeskExchange request) throws IOException, DeskExchange.TooLarge {
        if (!request.route().equals("api/translate")) {
            return false;
        }
        Optional<JsonNode> body = request.json(4096);
        Optional<EditablePath> original = body.flatMap(b -> EditablePath.of(site.root(), b.path("path").asText("")));
        String code = body.map(b -> b.path("lang").asText("")).orElse("");
        if (original.isEmpty() || code.isEmpty() || !original.get().path().startsWith("content/")) {
            request.error(400, FileRoutes.BAD_PATH);
            return true;
        }
        String path = original.get().path();
        ContentKind kind = ContentKind.fromWord(ContentIndex.kindOf(path)).orElse(ContentKind.PAGE);
        NewContent.Outcome planned = new NewTranslation(site.root()).plan(kind, path, code, Optional.empty());
        if (planned instanceof NewContent.Outcome.Refused refused) {
            Problem first = refused.problems().get(0);
            request.json(409, Map.of("error", first.message() + (first.hint().isEmpty() ? "" : " (" + first.hint() + ")"),
                    "path", first.path()));
            return true;
        }
        NewContent.Outcome.Planned plan = (NewContent.Outcome.Planned) planned;
        Optional<EditablePath> target = EditablePath.of(site.root(), plan.path());
        byte[] bytes = TextForm.canonicalBytes(plan.text());
        if (target.isEmpty() || !site.files().create(target.get(), bytes)) {
            request.json(409, Map.of("error", "Đã có tệp " + plan.path() + "; hãy mở tệp đó.", "path", plan.path()));
            return true;
        }
        site.server().changed(ChangeSet.all());
        request.json(200, Map.of("path", plan.path(), "version", FileVersion.of(bytes)));
        return true;
    }
}
