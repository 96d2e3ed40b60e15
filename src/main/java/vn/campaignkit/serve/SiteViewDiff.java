package vn.campaignkit.serve;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import vn.campaignkit.render.SiteView;

/** Which values of {@code site} (as templates name them: {@code tips}, {@code posts}…) differ between two builds. */
final class SiteViewDiff {
    private SiteViewDiff() {
    }

    static Set<String> changed(SiteView before, SiteView after) {
        Set<String> names = new TreeSet<>();
        for (RecordComponent component : SiteView.class.getRecordComponents()) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    names.add(component.getName());
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read site." + component.getName(), e);
            }
        }
        return names;
    }
}
