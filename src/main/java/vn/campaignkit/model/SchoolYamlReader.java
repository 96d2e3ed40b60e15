package vn.campaignkit.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.TextDecoder;
import vn.campaignkit.source.YamlReader;

/** Reads {@code data/schools.yaml}: {@code schools:} followed by one group of keys per school. */
final class SchoolYamlReader {
    private SchoolYamlReader() {
    }

    static List<School> read(String path, byte[] bytes, Problems problems) {
        Optional<String> text = TextDecoder.decode(path, bytes, problems);
        Optional<Fields> root = text.flatMap(t -> YamlReader.readMapping(path, t, 1, problems)).map(m -> new Fields(path, m, problems));
        if (root.isEmpty()) {
            return List.of();
        }
        root.get().rejectUnknownKeys(List.of("schools"), "data/schools.yaml");
        List<School> schools = new ArrayList<>();
        for (Fields school : root.get().groups("schools")) {
            school.rejectUnknownKeys(SchoolColumns.KEYS, "a school");
            String[] row = new String[SchoolColumns.KEYS.size()];
            for (int i = 0; i < row.length; i++) {
                String key = SchoolColumns.KEYS.get(i);
                row[i] = key.equals("tags") ? String.join(";", school.texts(key))
                        : key.equals("sample") ? school.bool(key).map(String::valueOf).orElse("") : school.text(key).orElse("");
            }
            SchoolRow.toSchool(path, school.line("title"), SchoolColumns.KEYS, row, problems).ifPresent(schools::add);
        }
        return schools;
    }
}
