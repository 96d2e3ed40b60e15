package vn.campaignkit.source;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.view.FloatSize;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * SVG files read the one way the build reads them: first as plain XML without DTDs or external entities
 * (so nothing is fetched and a mistake has a line and column), then by JSVG, whose own error log — a stack
 * trace on the console — is silenced because its verdict is reported as a problem instead.
 */
public final class SvgDocuments {
    public static final String NAMESPACE = "http://www.w3.org/2000/svg";
    /** Held so the level set on it stays (loggers are weakly referenced). */
    private static final Logger JSVG_PARSER_LOG = Logger.getLogger("com.github.weisj.jsvg.parser");
    /** An SVG is drawn from its own bytes only: nothing it references outside itself is fetched at build time. */
    private static final LoaderContext OFFLINE = LoaderContext.builder().externalResourcePolicy(ResourcePolicy.DENY_ALL).build();

    static {
        JSVG_PARSER_LOG.setLevel(Level.OFF);
    }

    private SvgDocuments() {
    }

    /** The document JSVG draws, when the bytes are an SVG it can read. */
    public static Optional<SVGDocument> load(byte[] bytes) {
        if (xmlProblem(bytes).isPresent()) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(new SVGLoader().load(new ByteArrayInputStream(bytes), null, OFFLINE));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The verdict on an SVG file, with its size in CSS pixels (JSVG's default when it gives none). */
    static ImageProbe probe(byte[] bytes) {
        Optional<String> problem = xmlProblem(bytes);
        if (problem.isPresent()) {
            return new ImageProbe.Unreadable(problem.get(), "open it in the drawing program and save it again as plain SVG");
        }
        Optional<SVGDocument> doc = load(bytes);
        if (doc.isEmpty()) {
            return new ImageProbe.Unreadable("the SVG cannot be drawn", "open it in the drawing program and save it again as plain SVG");
        }
        FloatSize size = doc.get().size();
        return new ImageProbe.Readable(ImageFormat.SVG, Math.max(1, Math.round(size.width)), Math.max(1, Math.round(size.height)));
    }

    /** What is wrong with the XML, or empty: it must be well formed, with {@code <svg>} in the SVG namespace as its root. */
    private static Optional<String> xmlProblem(byte[] bytes) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader reader = null;
        try {
            reader = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
            boolean root = true;
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && root) {
                    root = false;
                    if (!reader.getLocalName().equals("svg") || !NAMESPACE.equals(reader.getNamespaceURI())) {
                        return Optional.of("the root element is not <svg xmlns=\"" + NAMESPACE + "\">, so browsers show a broken image");
                    }
                }
            }
            return Optional.empty();
        } catch (XMLStreamException e) {
            String message = e.getMessage() == null ? "" : e.getMessage();
            int at = message.indexOf("Message: ");
            String why = at < 0 ? message : message.substring(at + "Message: ".length());
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber();
            return Optional.of("the SVG is not well-formed XML" + where + ": " + why.strip());
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException e) {
                    // closing a reader over a byte array releases nothing
                }
            }
        }
    }
}
