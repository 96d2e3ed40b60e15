package vn.campaignkit.render;

import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * What a template sees as {@code site} when its page may be reused ({@link PageReuse}): the site view, noting the
 * name of every property the template reads. A {@link TemplateEngine.Fragments fragment} rendered once and written
 * into later pages adds the properties its body read to each page that writes it.
 */
final class TrackedSite implements TemplateHashModelEx {
    /** Read when a template lists every property ({@code site?keys}): such a page always renders. */
    static final String EVERYTHING = "(every property)";
    private final TemplateHashModel site;
    private final Set<String> read = new HashSet<>();
    private final Deque<Set<String>> captures = new ArrayDeque<>();

    TrackedSite(TemplateHashModel site) {
        this.site = site;
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        read.add(key);
        for (Set<String> c : captures) {
            c.add(key);
        }
        return site.get(key);
    }

    @Override
    public boolean isEmpty() throws TemplateModelException {
        return site.isEmpty();
    }

    @Override
    public int size() throws TemplateModelException {
        return ex().size();
    }

    @Override
    public TemplateCollectionModel keys() throws TemplateModelException {
        readAll(Set.of(EVERYTHING));
        return ex().keys();
    }

    @Override
    public TemplateCollectionModel values() throws TemplateModelException {
        readAll(Set.of(EVERYTHING));
        return ex().values();
    }

    private TemplateHashModelEx ex() throws TemplateModelException {
        if (site instanceof TemplateHashModelEx e) {
            return e;
        }
        throw new TemplateModelException("site cannot list its properties");
    }

    /** The properties read so far. */
    Set<String> read() {
        return read;
    }

    /** Starts noting, also into {@code into}, what a fragment's body reads. */
    void beginCapture(Set<String> into) {
        captures.push(into);
    }

    void endCapture() {
        captures.pop();
    }

    /** What a fragment's body read when it was rendered for another page. */
    void readAll(Set<String> keys) {
        read.addAll(keys);
        for (Set<String> c : captures) {
            c.addAll(keys);
        }
    }

    static Set<String> newCapture() {
        return new HashSet<>();
    }
}
