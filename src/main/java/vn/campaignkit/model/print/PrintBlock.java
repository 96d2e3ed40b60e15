package vn.campaignkit.model.print;

import java.util.List;
import java.util.stream.Collectors;

/** One block of printable text: a paragraph or a list item; {@code line} is the line of the file it starts on. */
public sealed interface PrintBlock permits PrintBlock.Paragraph, PrintBlock.Item {

    List<Span> spans();

    int line();

    /** The plain text of the block, as a reader sees it. */
    default String plainText() {
        return spans().stream().map(Span::text).collect(Collectors.joining());
    }

    record Paragraph(List<Span> spans, int line) implements PrintBlock {
        public Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A list item; {@code number} is 0 for a bullet, otherwise the number written by the editor. */
    record Item(int number, List<Span> spans, int line) implements PrintBlock {
        public Item {
            spans = List.copyOf(spans);
        }

        public String marker() {
            return number == 0 ? "•" : number + ".";
        }
    }
}
