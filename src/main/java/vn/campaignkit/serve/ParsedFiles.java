package vn.campaignkit.serve;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.campaignkit.model.ContentName;
import vn.campaignkit.model.ModelBuilder;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.School;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;

/**
 * Remembers what each source file read as (its page, or its schools for a schools data file) and the problems it
 * had, so a rebuild reads from disk only the files that changed. Unchanged files keep the very same
 * page objects, which is what lets a rebuild tell which pages changed.
 */
final class ParsedFiles implements ModelBuilder.FileReader {
    private record Read<T>(T value, List<Problem> problems) {
    }

    private final Map<String, Read<Optional<Page>>> pages = new ConcurrentHashMap<>();
    private final Map<String, Read<List<School>>> schools = new ConcurrentHashMap<>();

    @Override
    public Optional<Page> page(SourceFile file, ContentName name, Problems problems) {
        return replay(pages.computeIfAbsent(file.path(), path -> {
            Problems found = new Problems();
            return new Read<>(ModelBuilder.FROM_DISK.page(file, name, found), found.sorted());
        }), problems);
    }

    @Override
    public List<School> schools(SourceFile data, Problems problems) {
        return replay(schools.computeIfAbsent(data.path(), path -> {
            Problems found = new Problems();
            return new Read<>(ModelBuilder.FROM_DISK.schools(data, found), found.sorted());
        }), problems);
    }

    void forget(Collection<String> paths) {
        for (String path : paths) {
            pages.remove(path);
            schools.remove(path);
        }
    }

    void forgetAll() {
        pages.clear();
        schools.clear();
    }

    private static <T> T replay(Read<T> read, Problems problems) {
        read.problems().forEach(problems::add);
        return read.value();
    }
}
