package vn.campaignkit.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a page template depends on, read from the template text: the template files it uses (itself
 * and everything it imports or includes, transitively) and the {@code site.*} values it reads. A
 * template that uses {@code site} in any other way is taken to read everything.
 */
final class TemplateReads {
    static final String EVERYTHING = "*";
    private static final String BUILT_IN = "/campaignkit/templates/";
    private static final Pattern USES = Pattern.compile("<#(?:include|import)\\s+\"([^\"]+)\"");
    private static final Pattern SITE_VALUE = Pattern.compile("(?<![\\w.$-])site\\.(\\w+)");
    private static final Pattern SITE_OTHERWISE = Pattern.compile("(?<![\\w.$-])site(?![\\w.-])");

    private final Path siteTemplates;
    private final Map<String, Set<String>> files = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> reads = new ConcurrentHashMap<>();

    TemplateReads(Path siteRoot) {
        this.siteTemplates = siteRoot.resolve("templates");
    }

    /** The template files a page template uses, as paths below {@code templates/}: {@code tip.ftlh}, {@code base.ftlh}. */
    Set<String> files(String template) {
        return files.computeIfAbsent(template + ".ftlh", this::closure);
    }

    /** The {@code site} values a page template reads, or {@link #EVERYTHING}. */
    Set<String> siteReads(String template) {
        return reads.computeIfAbsent(template, name -> {
            Set<String> values = new TreeSet<>();
            for (String file : files(name)) {
                String text = text(file);
                Matcher value = SITE_VALUE.matcher(text);
                while (value.find()) {
                    values.add(value.group(1));
                }
                if (SITE_OTHERWISE.matcher(text).find()) {
                    values.add(EVERYTHING);
                }
            }
            return values;
        });
    }

    /** True when the template reads any of these {@code site} values. */
    boolean readsAny(String template, Set<String> changedSiteValues) {
        if (changedSiteValues.isEmpty()) {
            return false;
        }
        Set<String> values = siteReads(template);
        return values.contains(EVERYTHING) || changedSiteValues.stream().anyMatch(values::contains);
    }

    private Set<String> closure(String first) {
        Set<String> seen = new TreeSet<>();
        Deque<String> todo = new ArrayDeque<>();
        todo.add(first);
        while (!todo.isEmpty()) {
            String file = todo.pop();
            if (seen.add(file)) {
                Matcher use = USES.matcher(text(file));
                while (use.find()) {
                    todo.add(use.group(1).startsWith("/") ? use.group(1).substring(1) : use.group(1));
                }
            }
        }
        return seen;
    }

    /** The site's own template of that name, else the built-in one, else nothing. */
    private String text(String file) {
        Path own = siteTemplates.resolve(file).normalize();
        try {
            if (own.startsWith(siteTemplates) && Files.isRegularFile(own)) {
                return Files.readString(own, StandardCharsets.UTF_8);
            }
            try (InputStream in = TemplateReads.class.getResourceAsStream(BUILT_IN + file)) {
                return in == null ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
