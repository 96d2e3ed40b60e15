package vn.campaignkit.model;

/** A plain page from {@code content/pages/}, published at {@code /<slug>/}. */
public record PlainPage(PageInfo info) implements Page {
    @Override
    public String template() {
        return "page";
    }
}
