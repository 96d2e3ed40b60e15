package vn.campaignkit.render;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;
import vn.campaignkit.model.Messages;

/**
 * Given to templates as {@code fill}: {@code fill(msg.home.all_tips, "count", 21)} writes a message with its
 * {@code {count}} place filled. Names and values alternate after the message.
 */
final class MessageFill implements TemplateMethodModelEx {
    static final MessageFill INSTANCE = new MessageFill();

    private MessageFill() {
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Object exec(List arguments) throws TemplateModelException {
        if (arguments.isEmpty() || arguments.size() % 2 != 1) {
            throw new TemplateModelException("fill needs a message, then names and values in pairs");
        }
        Object[] pairs = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            pairs[i - 1] = text(arguments.get(i));
        }
        return Messages.fillIn(text(arguments.get(0)), pairs);
    }

    private static String text(Object model) throws TemplateModelException {
        if (model instanceof TemplateScalarModel s) {
            return s.getAsString();
        }
        if (model instanceof TemplateNumberModel n) {
            return String.valueOf(n.getAsNumber());
        }
        throw new TemplateModelException("fill takes texts and numbers only");
    }
}
