package vn.campaignkit.model;

import java.util.Collection;
import vn.campaignkit.source.SourceFile;

/**
 * What a content file's name says: the stem that gives its slug, and its language. {@code tips/x.en.md} is the
 * English translation of {@code tips/x.md} when {@code en} is a declared language other than the default; any other
 * name belongs to the default language, as it always did.
 *
 * @param stem         the file name without {@code .md} and without the language code
 * @param languageCode the code of a declared other language, or "" for the default language
 * @param routePrefix  where the language's pages live ({@code en/}), "" for the default language
 */
public record ContentName(String stem, String languageCode, String routePrefix) {

    /** The name of {@code file}, given the codes of the declared languages other than the default. */
    public static ContentName of(SourceFile file, Collection<String> otherCodes) {
        String name = file.fileName();
        String stem = name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
        int dot = stem.lastIndexOf('.');
        if (dot > 0 && otherCodes.contains(stem.substring(dot + 1))) {
            String code = stem.substring(dot + 1);
            return new ContentName(stem.substring(0, dot), code, code + "/");
        }
        return new ContentName(stem, "", "");
    }

    public boolean isTranslation() {
        return !languageCode.isEmpty();
    }

    /** The file's path below {@code content/} without the language code: {@code tips/x.md} for {@code tips/x.en.md}. */
    public String originalBelowContent(SourceFile file) {
        String below = file.pathBelow("content");
        int slash = below.lastIndexOf('/');
        return below.substring(0, slash + 1) + stem + ".md";
    }
}
