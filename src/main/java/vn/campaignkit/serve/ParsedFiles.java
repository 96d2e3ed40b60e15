package vn.campaignkit.serve;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import vn.campaignkit.model.ContentName;
import vn.campaignkit.model.MessageFiles;
import vn.campaignkit.model.Messages;
import vn.campaignkit.model.ModelBuilder;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.School;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;
import vn.campaignkit.source.SourceTree;

/**
 * Remembers what each source file read as (its page, or its schools for a schools data file; the message files
 * together) and the problems it had, so a rebuild reads from disk only the files that changed. Unchanged files keep the very same
 * page objects, which is what lets a rebuild tell which pages changed.
 */
final class ParsedFiles implements ModelBuilder.FileReader {
    private record Read<T>(T value, List<Problem> problems) {
    }

    private final Map<String, Read<Optional<Page>>> pages = new ConcurrentHashMap<>();
    private final Map<String, Read<List<School>>> schools = new ConcurrentHashMap<>();
    private final Map<List<String>, Read<Map<String, Messages>>> messages = new ConcurrentHashMap<>();

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

    /** The message files are read again only when one of them changed (they are read whole, all languages together). */
    @Override
    public Map<String, Messages> messages(List<String> codes, SourceTree tree, Problems problems) {
        return replay(messages.computeIfAbsent(List.copyOf(codes), key -> {
            Problems found = new Problems();
            return new Read<>(MessageFiles.read(key, tree, found), found.sorted());
        }), problems);
    }

    void forget(Collection<String> paths) {
        for (String path : paths) {
            pages.remove(path);
            schools.remove(path);
            if (path.startsWith(MessageFiles.FOLDER)) {
                messages.clear();
            }
        }
    }

    void forgetAll() {
        pages.clear();
        schools.clear();
        messages.clear();
    }

    private static <T> T replay(Read<T> read, Problems problems) {
        read.problems().forEach(problems::add);
        return read.value();
    }
}
