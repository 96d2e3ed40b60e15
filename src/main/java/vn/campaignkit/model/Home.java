package vn.campaignkit.model;

/** {@code content/index.md}: the home page's title and introduction. */
public record Home(PageInfo info) implements Page {
    @Override
    public String template() {
        return "home";
    }
}
