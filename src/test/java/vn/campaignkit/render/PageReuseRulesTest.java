package vn.campaignkit.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules of {@link PageReuse} that a site build rarely meets: what makes a page always render. */
class PageReuseRulesTest {
    record Site(String title, List<String> pages) {
    }

    /** A previous build that recorded what {@code into} holds and still has every file. */
    private static PageReuse.Previous previous(Map<String, String> into) {
        return new PageReuse.Previous() {
            @Override
            public Optional<String> fingerprint(String outputPath) {
                return Optional.ofNullable(into.get(outputPath));
            }

            @Override
            public Optional<Path> reusable(String outputPath, String fingerprint) {
                return fingerprint.equals(into.get(outputPath)) ? Optional.of(Path.of(outputPath)) : Optional.empty();
            }
        };
    }

    private static Map<String, String> firstBuild(String material, Set<String> read, Site site) {
        PageReuse first = new PageReuse(previous(Map.of()), "common", site);
        first.rendered("a/index.html", material, read);
        return new HashMap<>(first.fingerprints());
    }

    @Test
    void theSamePageIsReusedAndAChangeOfWhatItReadIsNot() {
        Site site = new Site("Không một mình", List.of("Giới thiệu"));
        Map<String, String> recorded = firstBuild("page a", Set.of("title"), site);
        assertThat(new PageReuse(previous(recorded), "common", site).reusable("a/index.html", "page a")).isPresent();
        assertThat(new PageReuse(previous(recorded), "common", new Site("Khác", site.pages())).reusable("a/index.html", "page a"))
                .as("a property the template read").isEmpty();
        assertThat(new PageReuse(previous(recorded), "common", new Site(site.title(), List.of("Khác"))).reusable("a/index.html", "page a"))
                .as("a property it did not read").isPresent();
        assertThat(new PageReuse(previous(recorded), "common", site).reusable("a/index.html", "page b")).isEmpty();
        assertThat(new PageReuse(previous(recorded), "other", site).reusable("a/index.html", "page a")).isEmpty();
    }

    @Test
    void anObjectShownByItsIdentityOrAListingOfEveryPropertyMakesThePageAlwaysRender() {
        Site site = new Site("Không một mình", List.of());
        assertThat(firstBuild("detail=vn.campaignkit.X@1b6d3586", Set.of(), site)).isEmpty();
        assertThat(firstBuild("bytes=[B@5e2de80c", Set.of(), site)).isEmpty();
        assertThat(firstBuild("page", Set.of(TrackedSite.EVERYTHING), site)).isEmpty();
        assertThat(firstBuild("page", Set.of("toString"), site)).as("a method, not a property").isEmpty();
        assertThat(firstBuild("page", Set.of("a,b"), site)).isEmpty();
        assertThat(firstBuild("page with an address thu@khongmotminh.vn", Set.of(), site)).isNotEmpty();
    }
}
