package vn.campaignkit.model;

/** An avatar frame from {@code content/frames/}: its editor page is published at {@code /frames/<slug>/}. */
public record Frame(PageInfo info, FrameDesign design) implements Page {
    @Override
    public String template() {
        return "frame";
    }
}
