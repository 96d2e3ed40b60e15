package vn.campaignkit.source;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.HtmlWriter;
import vn.campaignkit.problem.Problems;

/**
 * The one place the Markdown library (commonmark-java) is used: Markdown to HTML with raw HTML escaped,
 * every link and image resolved through a {@link LinkPolicy} at its line and column, and {@code #hashtag}
 * words linked to their pages.
 *
 * <p>commonmark-java replaced flexmark after profiling the 10,000-page benchmark: the same HTML in a
 * quarter of the CPU time (bench/README.md).
 */
public final class MarkdownConverter {
    public static final int MAX_CHARS = 2 * 1024 * 1024;
    /** Quote and list markers at the start of one line; deeper is refused before the parser's recursion sees it. */
    public static final int MAX_NESTING = 100;
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&#/])#([\\p{L}\\p{N}_]+)");
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder()
            .extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    // URLs are never "sanitized" here: the LinkPolicy must see every link, so a dangerous one is an error the
    // editor is told about rather than a quietly emptied href.
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder()
            .extensions(EXTENSIONS)
            .escapeHtml(true)
            .softbreak("\n")
            .attributeProviderFactory(context -> (node, tagName, attributes) -> {
                if (node instanceof TableBlock && tagName.equals("table")) {
                    attributes.put("class", "table");
                }
                // HTML has no align attribute any more (and the CSP forbids style=""): a column's alignment is a class.
                String align = attributes.remove("align");
                if (align != null) {
                    attributes.put("class", "align-" + align);
                }
            })
            .nodeRendererFactory(context -> new HashtagLinkRenderer(context.getWriter()))
            .build();

    private MarkdownConverter() {
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
        try {
            Node document = PARSER.parse(markdown);
            ResolvingVisitor resolver = new ResolvingVisitor(policy, firstLine);
            document.accept(resolver);
            resolver.linkHashtags();
            return withoutVoidSlashes(RENDERER.render(document));
        } catch (StackOverflowError e) {
            problems.add(path, firstLine, 1, "the Markdown is nested too deeply to be read",
                    "use fewer levels of quotes or lists");
            return "";
        }
    }

    /**
     * The 0-based index of the first line that opens more than {@link #MAX_NESTING} quotes or list items
     * ({@code > > > …}, {@code - - - …}), or -1. Such lines cost the parser seconds and end in a stack overflow.
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

    /**
     * Asks the policy about every link and image once, in document order, and writes its answer into the
     * node (reference links arrive here already resolved to their definition's URL, at the place they are
     * used). Text outside links that holds a {@code #word} is remembered for {@link #linkHashtags()}.
     */
    /**
     * commonmark writes void elements XHTML-style ({@code <hr />}, {@code <img … />}); in HTML the slash means
     * nothing and the Nu checker warns about it. Text and attribute values are escaped, so " />" only ends a tag.
     */
    private static String withoutVoidSlashes(String html) {
        return html.replace(" />", ">");
    }

    private static final class ResolvingVisitor extends AbstractVisitor {
        private final LinkPolicy policy;
        private final int firstLine;
        private final List<Text> withHash = new ArrayList<>();
        private int linkDepth;

        ResolvingVisitor(LinkPolicy policy, int firstLine) {
            this.policy = policy;
            this.firstLine = firstLine;
        }

        @Override
        public void visit(Link link) {
            link.setDestination(policy.link(link.getDestination(), line(link), col(link)));
            linkDepth++;
            visitChildren(link);
            linkDepth--;
        }

        @Override
        public void visit(Image image) {
            image.setDestination(policy.image(image.getDestination(), line(image), col(image)));
            linkDepth++;
            visitChildren(image);
            linkDepth--;
        }

        @Override
        public void visit(Text text) {
            if (linkDepth == 0 && text.getLiteral().indexOf('#') >= 0) {
                withHash.add(text);
            }
        }

        /** Splits each remembered text around the {@code #words} the site has a page for. */
        void linkHashtags() {
            for (Text text : withHash) {
                String literal = text.getLiteral();
                Matcher m = HASHTAG.matcher(literal);
                int last = 0;
                Node at = text;
                while (m.find()) {
                    Optional<String> href = policy.hashtag(m.group(1));
                    if (href.isEmpty()) {
                        continue;
                    }
                    if (m.start() > last) {
                        at = insertAfter(at, new Text(literal.substring(last, m.start())));
                    }
                    at = insertAfter(at, new HashtagLink(href.get(), m.group()));
                    last = m.end();
                }
                if (at == text) {
                    continue;
                }
                if (last < literal.length()) {
                    insertAfter(at, new Text(literal.substring(last)));
                }
                text.unlink();
            }
        }

        private static Node insertAfter(Node at, Node node) {
            at.insertAfter(node);
            return node;
        }

        private int line(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return firstLine + (spans.isEmpty() ? 0 : spans.get(0).getLineIndex());
        }

        private static int col(Node node) {
            List<SourceSpan> spans = node.getSourceSpans();
            return spans.isEmpty() ? 1 : spans.get(0).getColumnIndex() + 1;
        }
    }

    /** A {@code #word} that links to its hashtag page. */
    private static final class HashtagLink extends CustomNode {
        final String href;
        final String text;

        HashtagLink(String href, String text) {
            this.href = href;
            this.text = text;
        }
    }

    private static final class HashtagLinkRenderer implements NodeRenderer {
        private final HtmlWriter html;

        HashtagLinkRenderer(HtmlWriter html) {
            this.html = html;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(HashtagLink.class);
        }

        @Override
        public void render(Node node) {
            HashtagLink link = (HashtagLink) node;
            Map<String, String> attributes = new LinkedHashMap<>();
            attributes.put("href", link.href);
            attributes.put("class", "hashtag");
            html.tag("a", attributes);
            html.text(link.text);
            html.tag("/a");
        }
    }
}
