package vn.campaignkit.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import vn.campaignkit.problem.Problems;

/**
 * The one FreeMarker configuration: the site's {@code templates/} first, then the built-in templates
 * shipped in the jar. {@code .ftlh} templates escape HTML automatically.
 */
public final class TemplateEngine {
    static {
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        }
    }

    private final Configuration config;

    public TemplateEngine(Path siteRoot) {
        config = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        Path own = siteRoot.resolve("templates");
        try {
            if (Files.isDirectory(own)) {
                loaders.add(new FileTemplateLoader(own.toFile(), false));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, "/campaignkit/templates"));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.forLanguageTag("vi-VN"));
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setURLEscapingCharset("UTF-8");
        config.setRecognizeStandardFileExtensions(true);
        config.setOutputFormat(HTMLOutputFormat.INSTANCE);
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        config.setNewBuiltinClassResolver(freemarker.core.TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
    }

    /** {@code site} for a page that may be reused: the view, noting what the template reads of it. */
    TrackedSite tracked(Object siteView) {
        try {
            TemplateModel m = config.getObjectWrapper().wrap(siteView);
            if (m instanceof freemarker.template.TemplateHashModel hash) {
                return new TrackedSite(hash);
            }
            throw new IllegalStateException("the site view is not a hash: " + m.getClass());
        } catch (freemarker.template.TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Renders a template; a template mistake becomes a problem at the template's line. */
    public Optional<String> render(String name, Map<String, Object> model, Problems problems) {
        try {
            Template template = config.getTemplate(name + ".ftlh");
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return Optional.of(out.toString());
        } catch (TemplateNotFoundException e) {
            problems.add("templates/" + name + ".ftlh", 0, 0, "the template " + name + ".ftlh is missing",
                    "add it to templates/ or remove your override");
        } catch (ParseException e) {
            problems.add(templatePath(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage()), "");
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer col = e.getColumnNumber();
            problems.add(templatePath(e.getTemplateSourceName()), line == null ? 0 : line, col == null ? 0 : col,
                    "template error: " + firstLine(e.getMessageWithoutStackTop()), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.empty();
    }

    private static String templatePath(String name) {
        return "templates/" + (name == null ? "?" : name);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        return message.strip().lines().findFirst().orElse("");
    }

    /**
     * Given to templates as {@code fragment}, one per build: {@code <@fragment key="…">…</@fragment>} renders
     * its body once per key and writes the same text for every later page with that key. The layout's header,
     * navigation and footer depend only on the page's depth (its relative links) and kind, so 10,000 school
     * pages render them a handful of times instead of 10,000 (bench/README.md). The body must depend on
     * nothing but what its key says.
     */
    public static final class Fragments implements TemplateDirectiveModel {
        private final Map<String, String> rendered = new ConcurrentHashMap<>();
        /** What each fragment's body read of {@code site} (a page that writes it depends on that too). */
        private final Map<String, java.util.Set<String>> siteRead = new ConcurrentHashMap<>();

        @Override
        @SuppressWarnings("rawtypes")
        public void execute(Environment env, Map params, TemplateModel[] loopVars, TemplateDirectiveBody body)
                throws TemplateException, IOException {
            Object key = params.get("key");
            if (!(key instanceof TemplateScalarModel scalar) || params.size() != 1) {
                throw new TemplateModelException("fragment needs exactly one parameter, key=\"…\"");
            }
            if (body == null) {
                return;
            }
            String k = scalar.getAsString();
            TemplateModel site = env.getDataModel().get("site");
            TrackedSite tracked = site instanceof TrackedSite t ? t : null;
            String text = rendered.get(k);
            if (text == null) {
                StringWriter out = new StringWriter();
                java.util.Set<String> read = TrackedSite.newCapture();
                if (tracked != null) {
                    tracked.beginCapture(read);
                }
                try {
                    body.render(out);
                } finally {
                    if (tracked != null) {
                        tracked.endCapture();
                    }
                }
                text = out.toString();
                // the keys first: a page that finds the text must also find what it read
                siteRead.putIfAbsent(k, java.util.Set.copyOf(read));
                rendered.putIfAbsent(k, text);
            } else if (tracked != null) {
                java.util.Set<String> read = siteRead.get(k);
                tracked.readAll(read == null ? java.util.Set.of(TrackedSite.EVERYTHING) : read);
            }
            env.getOut().write(text);
        }

        /** How many different fragments were rendered (for tests). */
        int size() {
            return rendered.size();
        }
    }
}
