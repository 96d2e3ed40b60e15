package vn.campaignkit.render;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import vn.campaignkit.check.OutputClaims;
import vn.campaignkit.model.Language;
import vn.campaignkit.problem.Problem;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.TextDecoder;

/**
 * The site's scripts that take their words from the message files ({@link ScriptTemplate}), written once per
 * language: the default language's at the script's own path ({@code assets/js/site.js}), another's under its folder
 * ({@code en/assets/js/site.js}). A page links its language's copy ({@link Linker#asset}). Scripts without marks are
 * published as they are, one copy for every language.
 */
public final class LocalisedScripts {
    /** The marked scripts by asset path. */
    private final Set<String> scripts;
    private final Map<String, byte[]> files;
    /** What made each copy: its script, as problems name it ({@code (built-in) assets/js/site.js}). */
    private final Map<String, String> sources;

    private LocalisedScripts(Set<String> scripts, Map<String, byte[]> files, Map<String, String> sources) {
        this.scripts = scripts;
        this.files = files;
        this.sources = sources;
    }

    /** Every marked script of {@code assets} in each of {@code languages}; unfillable marks are problems. */
    public static LocalisedScripts of(AssetCatalog assets, List<Language> languages, Problems problems) {
        Set<String> scripts = new java.util.TreeSet<>();
        Map<String, byte[]> files = new TreeMap<>();
        Map<String, String> sources = new TreeMap<>();
        Set<Problem> found = new LinkedHashSet<>();
        for (AssetCatalog.Asset a : assets.all().values()) {
            if (!a.published() || !a.outputPath().endsWith(".js")) {
                continue;
            }
            String script;
            try {
                script = TextDecoder.decodeTrusted(a.bytes());
            } catch (CharacterCodingException e) {
                continue; // not text: published as it is
            }
            if (!ScriptTemplate.hasMarks(script)) {
                continue;
            }
            String source = a.file().isPresent() ? a.outputPath() : "(built-in) " + a.outputPath();
            scripts.add(a.outputPath());
            for (Language language : languages) {
                Problems own = new Problems();
                String text = ScriptTemplate.render(source, script, language, own);
                files.put(language.routePrefix() + a.outputPath(), text.getBytes(StandardCharsets.UTF_8));
                sources.put(language.routePrefix() + a.outputPath(), source);
                found.addAll(own.sorted());
            }
        }
        found.forEach(problems::add);
        return new LocalisedScripts(scripts, files, sources);
    }

    /** Whether the asset {@code assetPath} is written by this (per language) rather than copied. */
    public boolean localises(String assetPath) {
        return scripts.contains(assetPath);
    }

    /** Every language's copy by output path. */
    public Map<String, byte[]> files() {
        return files;
    }

    /** The cache-busting version of each copy, made as the versions of other assets are. */
    public Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        files.forEach((path, bytes) -> versions.put(path, AssetCatalog.version(bytes)));
        return versions;
    }

    /** Claims the other languages' copies (the default language's are the scripts' own paths, claimed as assets). */
    public void claim(OutputClaims claims) {
        sources.forEach((path, source) -> {
            if (!scripts.contains(path)) {
                claims.claim(path, source, 0);
            }
        });
    }

    public void write(OutputSink sink) {
        files.forEach(sink::write);
    }
}
