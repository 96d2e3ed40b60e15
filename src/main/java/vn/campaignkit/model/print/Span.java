package vn.campaignkit.model.print;

/** A run of text inside a block, bold or not. */
public record Span(String text, boolean bold) {
}
