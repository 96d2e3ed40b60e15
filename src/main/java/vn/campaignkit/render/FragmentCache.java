package vn.campaignkit.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Given to templates as {@code fragment}: {@code <@fragment key="…">…</@fragment>} renders its body once per
 * key and build, and writes the same text for every later page with that key. The layout's header,
 * navigation and footer depend only on the page's depth (its relative links) and kind, so 10,000 school
 * pages render them a handful of times instead of 10,000 (bench/README.md). The body must depend on
 * nothing but what its key says.
 */
public final class FragmentCache implements TemplateDirectiveModel {
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

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
        String text = rendered.get(k);
        if (text == null) {
            StringWriter out = new StringWriter();
            body.render(out);
            text = out.toString();
            rendered.putIfAbsent(k, text);
        }
        env.getOut().write(text);
    }

    /** How many different fragments were rendered (for tests). */
    int size() {
        return rendered.size();
    }
}
