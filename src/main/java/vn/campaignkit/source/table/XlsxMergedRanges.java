package vn.campaignkit.source.table;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The merged cell ranges of a workbook's sheet ({@code <mergeCells>} at the end of its worksheet part), which the
 * streaming cell reader does not report. Read with the JDK's own StAX parser, DTDs and external entities off.
 */
final class XlsxMergedRanges {
    /** A merged range, rows and columns 1-based and inclusive. */
    record Range(int firstRow, int lastRow, int firstColumn, int lastColumn) {
    }

    private static final Pattern CELL = Pattern.compile("\\$?([A-Z]{1,3})\\$?([0-9]{1,7})");
    private static final String OFFICE_DOCUMENT = "/officeDocument";

    private XlsxMergedRanges() {
    }

    /** The merged ranges of the sheet with relationship id {@code sheetRelationship} ({@code rId2}). */
    static List<Range> of(Path workbook, String sheetRelationship) throws IOException, XMLStreamException {
        try (ZipFile zip = new ZipFile(workbook.toFile())) {
            String book = target(zip, "_rels/.rels", "", type -> type.endsWith(OFFICE_DOCUMENT)).orElse("xl/workbook.xml");
            int slash = book.lastIndexOf('/');
            String folder = slash < 0 ? "" : book.substring(0, slash + 1);
            String rels = folder + "_rels/" + book.substring(slash + 1) + ".rels";
            Optional<String> sheet = relationships(zip, rels, folder).entrySet().stream()
                    .filter(e -> e.getKey().equals(sheetRelationship)).map(Map.Entry::getValue).findFirst();
            if (sheet.isEmpty()) {
                return List.of();
            }
            return ranges(zip, sheet.get());
        }
    }

    private static Optional<String> target(ZipFile zip, String part, String folder, java.util.function.Predicate<String> type)
            throws IOException, XMLStreamException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return Optional.empty();
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")
                        && type.test(String.valueOf(xml.getAttributeValue(null, "Type")))) {
                    return Optional.of(resolve(folder, xml.getAttributeValue(null, "Target")));
                }
            }
        }
        return Optional.empty();
    }

    private static Map<String, String> relationships(ZipFile zip, String part, String folder) throws IOException, XMLStreamException {
        Map<String, String> targets = new HashMap<>();
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return targets;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
                    targets.put(xml.getAttributeValue(null, "Id"), resolve(folder, xml.getAttributeValue(null, "Target")));
                }
            }
        }
        return targets;
    }

    private static List<Range> ranges(ZipFile zip, String part) throws IOException, XMLStreamException {
        List<Range> ranges = new ArrayList<>();
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            return ranges;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader xml = factory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
                    range(String.valueOf(xml.getAttributeValue(null, "ref"))).ifPresent(ranges::add);
                }
            }
        }
        return ranges;
    }

    /** {@code B2:C5} → rows 2–5, columns 2–3. */
    static Optional<Range> range(String ref) {
        String[] ends = ref.split(":");
        if (ends.length != 2) {
            return Optional.empty();
        }
        Matcher a = CELL.matcher(ends[0]);
        Matcher b = CELL.matcher(ends[1]);
        if (!a.matches() || !b.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Range(Integer.parseInt(a.group(2)), Integer.parseInt(b.group(2)), column(a.group(1)), column(b.group(1))));
    }

    private static int column(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n;
    }

    private static String resolve(String folder, String target) {
        String t = target == null ? "" : target;
        return t.startsWith("/") ? t.substring(1) : folder + t;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }
}
