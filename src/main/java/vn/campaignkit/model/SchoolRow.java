package vn.campaignkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.campaignkit.problem.Problems;

/** One row of {@code data/schools.csv} as a {@link School}. */
final class SchoolRow {
    private SchoolRow() {
    }

    static Optional<School> toSchool(String path, int line, List<String> header, String[] row, Problems problems) {
        java.util.function.Function<String, Optional<String>> col = name -> {
            int i = header.indexOf(name);
            if (i < 0 || i >= row.length) {
                return Optional.empty();
            }
            String v = vn.campaignkit.source.Nfc.of(row[i].strip());
            return v.isEmpty() ? Optional.empty() : Optional.of(v);
        };
        java.util.function.IntUnaryOperator colNo = i -> i + 1;
        Optional<String> title = col.apply("title");
        Optional<String> province = col.apply("province");
        if (title.isEmpty()) {
            problems.add(path, line, colNo.applyAsInt(header.indexOf("title")), "this row has no title", "every school needs its name");
            return Optional.empty();
        }
        if (province.isEmpty()) {
            problems.add(path, line, colNo.applyAsInt(header.indexOf("province")), "the school \"" + title.get() + "\" has no province", "");
            return Optional.empty();
        }
        Optional<String> explicitSlug = col.apply("slug");
        if (explicitSlug.isPresent() && SlugRules.unsafeReason(explicitSlug.get()).isPresent()) {
            problems.add(path, line, colNo.applyAsInt(header.indexOf("slug")), "slug \"" + explicitSlug.get() + "\" "
                    + SlugRules.unsafeReason(explicitSlug.get()).get(), "a slug is one URL segment");
            return Optional.empty();
        }
        Optional<Slug> slug = SlugRules.slugify(explicitSlug.orElse(title.get()));
        Optional<Slug> provinceSlug = SlugRules.slugify(province.get());
        if (slug.isEmpty() || provinceSlug.isEmpty()) {
            problems.add(path, line, 1, "this row gives no URL", "use letters or digits in the title and province");
            return Optional.empty();
        }
        if (explicitSlug.isPresent() && SlugRules.tooLong(slug.get())) {
            problems.add(path, line, colNo.applyAsInt(header.indexOf("slug")), "the slug is " + slug.get().value().length()
                    + " characters long; a slug has at most " + SlugRules.MAX_LENGTH, "e.g. " + SlugRules.shortened(slug.get()));
            return Optional.empty();
        }
        if (SlugRules.tooLong(provinceSlug.get())) {
            problems.add(path, line, colNo.applyAsInt(header.indexOf("province")), "the province name is too long for an address",
                    "write only the province's name, e.g. 'Hà Nội'");
            return Optional.empty();
        }
        // an official school name from a list of thousands is shortened, never refused: its first words are its address
        slug = slug.map(SlugRules::shortened);
        for (String key : List.of("website", "fanpage")) {
            Optional<String> url = col.apply(key);
            if (url.isPresent() && UrlRules.classify(url.get()) != UrlRules.Kind.EXTERNAL) {
                problems.add(path, line, colNo.applyAsInt(header.indexOf(key)), key + " \"" + url.get() + "\" is not a web address",
                        "write https://…");
                return Optional.empty();
            }
        }
        Optional<String> sampleText = col.apply("sample");
        boolean sample = false;
        if (sampleText.isPresent()) {
            String s = sampleText.get().toLowerCase(java.util.Locale.ROOT);
            if (!s.equals("true") && !s.equals("false")) {
                problems.add(path, line, colNo.applyAsInt(header.indexOf("sample")), "sample should be true or false, not \"" + sampleText.get() + "\"", "");
            }
            sample = s.equals("true");
        }
        List<String> tags = new ArrayList<>();
        col.apply("tags").ifPresent(t -> {
            for (String tag : t.split(";")) {
                String v = tag.strip();
                if (v.startsWith("#")) {
                    problems.add(path, line, colNo.applyAsInt(header.indexOf("tags")), "tag \"" + v + "\" starts with '#'", "write tags without '#'");
                } else if (!v.isEmpty()) {
                    tags.add(v);
                }
            }
        });
        Route route = Route.of("schools", provinceSlug.get().value(), slug.get().value());
        PageInfo info = new PageInfo(path, line, slug.get(), route, title.get(), col.apply("summary"), List.copyOf(tags), false,
                Optional.empty(), Body.EMPTY, Map.of());
        return Optional.of(new School(info, province.get(), provinceSlug.get(), col.apply("district"), col.apply("level"),
                col.apply("address"), col.apply("website"), col.apply("fanpage"), col.apply("local_hotline"), sample));
    }
}
