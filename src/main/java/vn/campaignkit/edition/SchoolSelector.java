package vn.campaignkit.edition;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.campaignkit.model.School;
import vn.campaignkit.model.SlugRules;
import vn.campaignkit.source.DidYouMean;

/**
 * Finds the school {@code --school} names: its page path ({@code schools/ha-noi/truong-thcs-le-loi/}, also as a
 * full address or ending in {@code index.html}), province and slug ({@code ha-noi/truong-thcs-le-loi}), or the
 * slug alone, or the school's name, when only one school has it.
 */
final class SchoolSelector {
    private static final int LISTED = 8;

    private SchoolSelector() {
    }

    static School find(String selector, List<School> schools) {
        String path = normalised(selector);
        if (path.isEmpty()) {
            throw new NoSuchSchoolException("--school needs a school's page path or slug", "for example --school schools/ha-noi/truong-thcs-le-loi/");
        }
        List<School> found;
        if (path.contains("/")) {
            String route = (path.startsWith("schools/") ? path : "schools/" + path) + "/";
            found = schools.stream().filter(s -> s.route().sitePath().equals(route)).toList();
        } else {
            String slug = SlugRules.slugify(path).map(Object::toString).orElse(path.toLowerCase(Locale.ROOT));
            found = schools.stream().filter(s -> s.info().slug().value().equals(slug)).toList();
            if (found.isEmpty()) {
                found = schools.stream().filter(s -> SlugRules.slugify(s.title()).map(Object::toString).orElse("").equals(slug)).toList();
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (found.size() > 1) {
            throw new NoSuchSchoolException("\"" + selector + "\" names " + found.size() + " schools",
                    "give the page path, one of: " + paths(found));
        }
        String wanted = path.contains("/") ? path.substring(path.lastIndexOf('/') + 1) : path;
        List<School> near = schools.stream()
                .filter(s -> DidYouMean.distance(s.info().slug().value(), SlugRules.slugify(wanted).map(Object::toString).orElse(wanted)) <= 3)
                .sorted(Comparator.comparing(s -> s.route().sitePath())).toList();
        throw new NoSuchSchoolException("no school has the page " + (path.contains("/") ? path + "/" : "slug \"" + path + "\""),
                near.isEmpty() ? "the school pages are listed under schools/ of a full build, e.g. schools/ha-noi/truong-thcs-le-loi/"
                        : "did you mean " + paths(near) + "?");
    }

    /** {@code https://x.org/schools/ha-noi/a/index.html} → {@code schools/ha-noi/a}. */
    static String normalised(String selector) {
        String s = selector.strip().replace('\\', '/');
        int schools = s.indexOf("/schools/");
        if (s.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") && schools >= 0) {
            s = s.substring(schools + 1);
        }
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        if (s.endsWith("index.html")) {
            s = s.substring(0, s.length() - "index.html".length());
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** The slug of the selector's last part, for the default output folder name. */
    static String lastSegmentSlug(String selector) {
        String path = normalised(selector);
        String last = path.substring(path.lastIndexOf('/') + 1);
        return SlugRules.slugify(last).map(Object::toString).orElse("school");
    }

    private static String paths(List<School> schools) {
        List<String> shown = schools.stream().limit(LISTED).map(s -> s.route().sitePath()).toList();
        return String.join(", ", shown) + (schools.size() > LISTED ? " … (" + schools.size() + " in all)" : "");
    }
}
