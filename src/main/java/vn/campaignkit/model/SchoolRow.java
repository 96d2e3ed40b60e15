package vn.campaignkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;

/** One row of a school list, or one school of {@code data/schools.yaml}, as a {@link School}. */
final class SchoolRow {
    /** A row's values by key, and where each one is, for problems that point at it. */
    interface Values {
        String path();

        /** The row's line (or row number in a sheet), which becomes the page's source line. */
        int line();

        /** The value of a column, NFC and stripped; empty when blank or absent. */
        Optional<String> get(String key);

        /** A problem at the cell of {@code key}, or at the row for a key without a column. */
        Problem problem(String key, String message, String hint);
    }

    private SchoolRow() {
    }

    /** A row given as values in {@code header} order, pointing at line {@code line} and the value's position. */
    static Optional<School> toSchool(String path, int line, List<String> header, String[] row, Problems problems) {
        return toSchool(new Values() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public int line() {
                return line;
            }

            @Override
            public Optional<String> get(String key) {
                int i = header.indexOf(key);
                return i < 0 || i >= row.length ? Optional.empty() : nonBlank(row[i]);
            }

            @Override
            public Problem problem(String key, String message, String hint) {
                return new Problem(path, line, Math.max(header.indexOf(key), 0) + 1, message, hint);
            }
        }, problems);
    }

    /** The text of a cell as a value: NFC, stripped, empty when blank. */
    static Optional<String> nonBlank(String text) {
        String v = vn.campaignkit.source.Nfc.of(text.strip());
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    static Optional<School> toSchool(Values row, Problems problems) {
        String path = row.path();
        Optional<String> title = row.get("title");
        Optional<String> province = row.get("province");
        if (title.isEmpty()) {
            problems.add(row.problem("title", "this row has no title", "every school needs its name"));
            return Optional.empty();
        }
        if (province.isEmpty()) {
            problems.add(row.problem("province", "the school \"" + title.get() + "\" has no province", ""));
            return Optional.empty();
        }
        Optional<String> explicitSlug = row.get("slug");
        if (explicitSlug.isPresent() && SlugRules.unsafeReason(explicitSlug.get()).isPresent()) {
            problems.add(row.problem("slug", "slug \"" + explicitSlug.get() + "\" "
                    + SlugRules.unsafeReason(explicitSlug.get()).get(), "a slug is one URL segment"));
            return Optional.empty();
        }
        Optional<Slug> slug = SlugRules.slugify(explicitSlug.orElse(title.get()));
        Optional<Slug> provinceSlug = SlugRules.slugify(province.get());
        if (slug.isEmpty() || provinceSlug.isEmpty()) {
            problems.add(row.problem(slug.isEmpty() ? "title" : "province", "this row gives no URL",
                    "use letters or digits in the title and province"));
            return Optional.empty();
        }
        if (explicitSlug.isPresent() && SlugRules.tooLong(slug.get())) {
            problems.add(row.problem("slug", "the slug is " + slug.get().value().length()
                    + " characters long; a slug has at most " + SlugRules.MAX_LENGTH, "e.g. " + SlugRules.shortened(slug.get())));
            return Optional.empty();
        }
        if (SlugRules.tooLong(provinceSlug.get())) {
            problems.add(row.problem("province", "the province name is too long for an address",
                    "write only the province's name, e.g. 'Hà Nội'"));
            return Optional.empty();
        }
        // an official school name from a list of thousands is shortened, never refused: its first words are its address
        slug = slug.map(SlugRules::shortened);
        for (String key : List.of("website", "fanpage")) {
            Optional<String> url = row.get(key);
            if (url.isPresent() && UrlRules.classify(url.get()) != UrlRules.Kind.EXTERNAL) {
                problems.add(row.problem(key, key + " \"" + url.get() + "\" is not a web address", "write https://…"));
                return Optional.empty();
            }
        }
        Optional<String> hotline = row.get("local_hotline");
        if (hotline.isPresent() && hotline.get().matches("[2-9][0-9]{8,9}")) {
            problems.add(row.problem("local_hotline", "the phone number " + hotline.get() + " has lost its leading 0"
                    + " (a spreadsheet keeps phone numbers typed as numbers without it)",
                    "format the column as Text and type 0" + hotline.get() + ", or write it with spaces"));
        }
        Optional<String> sampleText = row.get("sample");
        boolean sample = false;
        if (sampleText.isPresent()) {
            String s = sampleText.get().toLowerCase(java.util.Locale.ROOT);
            if (!s.equals("true") && !s.equals("false")) {
                problems.add(row.problem("sample", "sample should be true or false, not \"" + sampleText.get() + "\"", ""));
            }
            sample = s.equals("true");
        }
        List<String> tags = new ArrayList<>();
        row.get("tags").ifPresent(t -> {
            for (String tag : t.split(";")) {
                String v = tag.strip();
                if (v.startsWith("#")) {
                    problems.add(row.problem("tags", "tag \"" + v + "\" starts with '#'", "write tags without '#'"));
                } else if (!v.isEmpty()) {
                    tags.add(v);
                }
            }
        });
        Route route = Route.of("schools", provinceSlug.get().value(), slug.get().value());
        PageInfo info = new PageInfo(path, row.line(), slug.get(), route, title.get(), row.get("summary"), List.copyOf(tags), false,
                Optional.empty(), Body.EMPTY, Map.of());
        return Optional.of(new School(info, province.get(), provinceSlug.get(), row.get("district"), row.get("level"),
                row.get("address"), row.get("website"), row.get("fanpage"), hotline, sample));
    }
}
