import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Run by the pom in the verify phase ({@code java src/test/build/FailOnSkippedTests.java REPORTS START}):
 * fails the build when any test of this run was skipped (disabled, an assumption that did not hold, a
 * missing browser). Reads the Surefire XML reports written since the build started, so reports left
 * over from an earlier run never count.
 */
public final class FailOnSkippedTests {
    private static final long CLOCK_SLACK_MS = 2_000;

    private FailOnSkippedTests() {
    }

    public static void main(String[] args) throws Exception {
        Path reports = Path.of(args[0]);
        Instant start = Instant.parse(args[1]).minusMillis(CLOCK_SLACK_MS);
        if (!Files.isDirectory(reports)) {
            System.out.println("[skipped-tests] no Surefire reports in " + reports + ": nothing to check");
            return;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(reports)) {
            files = list.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml"))
                    .filter(p -> modified(p).isAfter(start)).sorted().toList();
        }
        List<String> skipped = new ArrayList<>();
        int tests = 0;
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        for (Path file : files) {
            Element suite = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
            tests += Integer.parseInt(suite.getAttribute("tests").isEmpty() ? "0" : suite.getAttribute("tests"));
            NodeList cases = suite.getElementsByTagName("testcase");
            for (int i = 0; i < cases.getLength(); i++) {
                Element testCase = (Element) cases.item(i);
                NodeList marks = testCase.getElementsByTagName("skipped");
                if (marks.getLength() > 0) {
                    String why = ((Element) marks.item(0)).getAttribute("message");
                    skipped.add(testCase.getAttribute("classname") + "." + testCase.getAttribute("name") + (why.isEmpty() ? "" : ": " + why));
                }
            }
            String declared = suite.getAttribute("skipped");
            if (!declared.isEmpty() && Integer.parseInt(declared) > 0 && skipped.stream().noneMatch(s -> s.startsWith(suite.getAttribute("name") + "."))) {
                skipped.add(suite.getAttribute("name") + ": " + declared + " skipped");
            }
        }
        if (!skipped.isEmpty()) {
            System.out.println("[skipped-tests] " + skipped.size() + " skipped test(s); every test must run or fail:");
            skipped.forEach(s -> System.out.println("[skipped-tests]   " + s));
            System.exit(1);
        }
        System.out.println("[skipped-tests] " + tests + " tests in " + files.size() + " reports of this run, none skipped");
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
