package vn.campaignkit.serve;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.model.Home;
import vn.campaignkit.config.SiteConfig;
import vn.campaignkit.model.ContentName;
import vn.campaignkit.model.Page;
import vn.campaignkit.model.PlainPage;
import vn.campaignkit.model.Post;
import vn.campaignkit.model.Site;
import vn.campaignkit.model.Tip;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.SourceFile;

/**
 * The commonest edit — only the Markdown body of tips, posts, plain pages or the home page changed — needs
 * no new model: the site is the last one with those pages swapped, and only their own pages are
 * rendered again. Anything else (front matter, contests, whose calendars are derived files, schools,
 * hashtag files, a file with problems) is left
 * to the regular rebuild.
 */
final class BodyOnlyEdits {
    private BodyOnlyEdits() {
    }

    /**
     * The edited pages of the last sites (one per language, the default first), each with the page it becomes; empty
     * when the edit is more than body text.
     */
    static Optional<Map<Page, Page>> swaps(List<Site> before, List<SourceFile> content, Set<String> changed, ParsedFiles parsed,
                                           boolean drafts) {
        Map<Page, Page> swaps = new IdentityHashMap<>();
        List<String> otherCodes = before.get(0).config().otherLanguages().stream().map(SiteConfig::language).toList();
        for (String path : changed) {
            Page old = before.stream().flatMap(site -> site.allPages().stream()).filter(p -> p.info().source().equals(path))
                    .findFirst().orElse(null);
            SourceFile file = content.stream().filter(f -> f.path().equals(path)).findFirst().orElse(null);
            if (old == null || file == null || !editableKind(old)) {
                return Optional.empty();
            }
            Problems problems = new Problems();
            Optional<Page> now = parsed.page(file, ContentName.of(file, otherCodes), problems);
            if (!problems.isEmpty() || now.isEmpty() || (now.get().info().draft() && !drafts) || !sameExceptBody(old, now.get())) {
                return Optional.empty();
            }
            swaps.put(old, now.get());
        }
        return Optional.of(swaps);
    }

    static Site swapped(Site site, Map<Page, Page> swaps) {
        RecordComponent[] components = Site.class.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            Object value = read(components[i], site);
            if (value instanceof List<?> list) {
                List<Object> copy = new ArrayList<>(list.size());
                for (Object item : list) {
                    Object swap = swaps.get(item);
                    copy.add(swap != null ? swap : item);
                }
                value = List.copyOf(copy);
            } else if (value instanceof Optional<?> optional && optional.isPresent() && swaps.containsKey(optional.get())) {
                value = Optional.of(swaps.get(optional.get()));
            }
            values[i] = value;
        }
        try {
            Constructor<Site> canonical = Site.class.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy the site model", e);
        }
    }

    private static boolean editableKind(Page page) {
        return page instanceof Tip || page instanceof Post || page instanceof PlainPage || page instanceof Home;
    }

    /** True when the two pages differ at most in their Markdown body. */
    static boolean sameExceptBody(Page a, Page b) {
        return a.getClass() == b.getClass() && sameComponents((Record) a, (Record) b, "info")
                && sameComponents(a.info(), b.info(), "body");
    }

    private static boolean sameComponents(Record a, Record b, String except) {
        for (RecordComponent component : a.getClass().getRecordComponents()) {
            if (!component.getName().equals(except) && !Objects.equals(read(component, a), read(component, b))) {
                return false;
            }
        }
        return true;
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
