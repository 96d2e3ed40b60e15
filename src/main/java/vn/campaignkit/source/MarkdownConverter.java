package vn.campaignkit.source;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.campaignkit.problem.Problems;

/**
 * The one place flexmark is used: Markdown to HTML with raw HTML escaped, links and images
 * resolved through a {@link LinkPolicy}, and {@code #hashtag} words linked to their pages.
 */
public final class MarkdownConverter {
    public static final int MAX_CHARS = 2 * 1024 * 1024;
    /** Quote and list markers at the start of one line; deeper is refused before flexmark's recursion sees it. */
    public static final int MAX_NESTING = 100;
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#/])#([\\p{L}\\p{N}_]+)");
    private static final ThreadLocal<PolicyHolder> CURRENT = ThreadLocal.withInitial(PolicyHolder::new);
    private static final Parser PARSER;
    private static final HtmlRenderer RENDERER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create()));
        options.set(HtmlRenderer.ESCAPE_HTML, true);
        options.set(HtmlRenderer.SUPPRESS_HTML, false);
        // flexmark silently drops javascript: links before any resolver sees them; the LinkPolicy must see
        // every link so a dangerous one is an error the editor is told about, not a quietly unlinked text.
        options.set(HtmlRenderer.SUPPRESSED_LINKS, "");
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        options.set(TablesExtension.CLASS_NAME, "table");
        PARSER = Parser.builder(options).build();
        RENDERER = HtmlRenderer.builder(options)
                .linkResolverFactory(new PolicyLinkResolverFactory())
                .nodeRendererFactory(o -> new HashtagTextRenderer())
                .build();
    }

    private static final class PolicyHolder {
        LinkPolicy policy;
        int firstLine;
        Document document;
        Map<Node, String> targets = new IdentityHashMap<>();
    }

    /** Markdown body (starting at {@code firstLine} of its file) to sanitised HTML. */
    public static String toHtml(String path, String markdown, int firstLine, LinkPolicy policy, Problems problems) {
        if (markdown.length() > MAX_CHARS) {
            problems.add(path, firstLine, 1, "the text is too long (" + markdown.length() / 1024 + " KB)",
                    "split it into several pages");
            return "";
        }
        int tooDeep = firstTooDeeplyNestedLine(markdown);
        if (tooDeep >= 0) {
            problems.add(path, firstLine + tooDeep, 1, "the Markdown is nested too deeply (more than " + MAX_NESTING
                    + " quote or list markers)", "use fewer levels of quotes or lists");
            return "";
        }
        PolicyHolder holder = CURRENT.get();
        holder.policy = policy;
        holder.firstLine = firstLine;
        try {
            Document document = PARSER.parse(markdown);
            holder.document = document;
            checkEveryLink(document, holder);
            return RENDERER.render(document);
        } catch (StackOverflowError e) {
            problems.add(path, firstLine, 1, "the Markdown is nested too deeply to be read",
                    "use fewer levels of quotes or lists");
            return "";
        } finally {
            holder.policy = null;
            holder.document = null;
            holder.targets.clear();
        }
    }

    /**
     * Asks the policy about every link and image once, in document order, before rendering: flexmark's
     * renderer caches resolved links by URL, so a second link to the same bad URL would otherwise never
     * be reported (and its line never named).
     */
    private static void checkEveryLink(Document document, PolicyHolder holder) {
        for (Node node : document.getDescendants()) {
            Optional<String> url = Optional.empty();
            boolean image = false;
            if (node instanceof Link l) {
                url = Optional.of(l.getUrl().toString());
            } else if (node instanceof Image i) {
                url = Optional.of(i.getUrl().toString());
                image = true;
            } else if (node instanceof AutoLink a) {
                url = Optional.of(a.getUrl().toString());
            } else if (node instanceof RefNode r && r.isDefined()) {
                Reference reference = r.getReferenceNode(document);
                url = reference == null ? Optional.empty() : Optional.of(reference.getUrl().unescape());
                image = node instanceof ImageRef;
            }
            if (url.isPresent()) {
                int line = lineOf(node);
                int col = colOf(node);
                holder.targets.put(node, image ? holder.policy.image(url.get(), line, col) : holder.policy.link(url.get(), line, col));
            }
        }
    }

    /**
     * The 0-based index of the first line that opens more than {@link #MAX_NESTING} quotes or list items
     * ({@code > > > …}, {@code - - - …}), or -1. Such lines take flexmark seconds and end in a stack overflow.
     */
    static int firstTooDeeplyNestedLine(String markdown) {
        int line = 0;
        int depth = 0;
        boolean atLineStart = true;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            if (c == '\n') {
                line++;
                depth = 0;
                atLineStart = true;
            } else if (!atLineStart || c == ' ' || c == '\t') {
                continue;
            } else if (c == '>' || ((c == '-' || c == '*' || c == '+') && i + 1 < markdown.length()
                    && (markdown.charAt(i + 1) == ' ' || markdown.charAt(i + 1) == '\t'))) {
                depth++;
                if (depth > MAX_NESTING) {
                    return line;
                }
            } else if (!Character.isDigit(c) && !((c == '.' || c == ')') && i > 0 && Character.isDigit(markdown.charAt(i - 1)))) {
                atLineStart = false;
            } else if (c == '.' || c == ')') {
                depth++;
                if (depth > MAX_NESTING) {
                    return line;
                }
            }
        }
        return -1;
    }

    private static int lineOf(Node node) {
        PolicyHolder holder = CURRENT.get();
        return holder.firstLine + node.getLineNumber();
    }

    private static int colOf(Node node) {
        int start = node.getStartOffset();
        int lineStart = node.getDocument().getChars().startOfLine(start);
        return start - lineStart + 1;
    }

    private static final class PolicyLinkResolverFactory implements LinkResolverFactory {
        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (node, ctx, link) -> resolve(node, link);
        }
    }

    private static ResolvedLink resolve(Node node, ResolvedLink link) {
        if (link.getLinkType() == LinkType.LINK_REF || link.getLinkType() == LinkType.IMAGE_REF) {
            // "[words]" with no matching reference definition: flexmark renders it as plain text
            return link;
        }
        String checked = CURRENT.get().targets.get(node);
        if (checked != null) {
            return link.withUrl(checked).withStatus(LinkStatus.VALID);
        }
        LinkPolicy policy = CURRENT.get().policy;
        int line = lineOf(node);
        int col = colOf(node);
        boolean image = node instanceof Image || node instanceof ImageRef || link.getLinkType() == LinkType.IMAGE;
        String raw = rawUrl(node, link);
        String target = image ? policy.image(raw, line, col) : policy.link(raw, line, col);
        return link.withUrl(target).withStatus(LinkStatus.VALID);
    }

    private static String rawUrl(Node node, ResolvedLink link) {
        if (node instanceof Link l) {
            return l.getUrl().toString();
        }
        if (node instanceof Image i) {
            return i.getUrl().toString();
        }
        return link.getUrl();
    }

    /** Renders text nodes, turning {@code #tag} into a link when the site has that hashtag page. */
    private static final class HashtagTextRenderer implements NodeRenderer {
        @Override
        public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
            return Set.of(new NodeRenderingHandler<>(Text.class, this::render));
        }

        private void render(Text node, NodeRendererContext context, HtmlWriter html) {
            String text = node.getChars().unescape();
            if (text.indexOf('#') < 0 || insideLinkOrCode(node)) {
                html.text(text);
                return;
            }
            LinkPolicy policy = CURRENT.get().policy;
            Matcher m = HASHTAG.matcher(text);
            int last = 0;
            while (m.find()) {
                Optional<String> href = policy.hashtag(m.group(1));
                if (href.isEmpty()) {
                    continue;
                }
                html.text(text.substring(last, m.start()));
                html.attr("href", href.get()).attr("class", "hashtag").withAttr().tag("a");
                html.text(m.group());
                html.tag("/a");
                last = m.end();
            }
            html.text(text.substring(last));
        }

        private static boolean insideLinkOrCode(Node node) {
            for (Node p = node.getParent(); p != null; p = p.getParent()) {
                if (p instanceof Link || p instanceof LinkRef || p instanceof Code) {
                    return true;
                }
            }
            return false;
        }
    }
}
