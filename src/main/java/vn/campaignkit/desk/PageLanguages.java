package vn.campaignkit.desk;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.scaffold.NewTranslation;

/**
 * The languages of the site as the desk shows them: which language a content file is written in (the default, or
 * {@code en} for {@code x.en.md}), its original, and each other language's translation of an original, present or
 * still to write. Read from site.yaml each time, so a language added there shows at once.
 */
final class PageLanguages {
    private final List<String> others;

    private PageLanguages(List<String> others) {
        this.others = others;
    }

    static PageLanguages of(Path root) {
        return new PageLanguages(NewTranslation.otherLanguages(root, new Problems()));
    }

    /** The other languages, each with its code and its name in itself ("English"), in site.yaml's order. */
    List<Map<String, String>> others() {
        List<Map<String, String>> out = new ArrayList<>();
        for (String code : others) {
            Map<String, String> one = new LinkedHashMap<>();
            one.put("code", code);
            one.put("name", name(code));
            out.add(one);
        }
        return out;
    }

    /** The code of the other language {@code path} is written in ({@code en} for {@code tips/x.en.md}), "" for the default. */
    String languageOf(String path) {
        if (!path.startsWith("content/") || !path.endsWith(".md")) {
            return "";
        }
        String stem = path.substring(path.lastIndexOf('/') + 1, path.length() - 3);
        int dot = stem.lastIndexOf('.');
        return dot > 0 && others.contains(stem.substring(dot + 1)) ? stem.substring(dot + 1) : "";
    }

    /** The original of a translation ({@code content/tips/x.md}); the path itself for a file of the default language. */
    String originalOf(String path) {
        String code = languageOf(path);
        return code.isEmpty() ? path : path.substring(0, path.length() - code.length() - 4) + ".md";
    }

    /** For a page of the default language: each other language's translation path and whether it exists yet. */
    List<Map<String, Object>> translationsOf(Path root, String path) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (!path.startsWith("content/") || !path.endsWith(".md") || !languageOf(path).isEmpty() || path.startsWith("content/schools/")) {
            return out;
        }
        for (String code : others) {
            String translation = path.substring(0, path.length() - 3) + "." + code + ".md";
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("code", code);
            one.put("name", name(code));
            one.put("path", translation);
            one.put("exists", Files.isRegularFile(root.resolve(translation), LinkOption.NOFOLLOW_LINKS));
            out.add(one);
        }
        return out;
    }

    /** A language's name in itself, capitalised: "English", "Français"; the code when Java does not know it. */
    static String name(String code) {
        Locale locale = Locale.forLanguageTag(code);
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() || name.equals(code) ? code : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
