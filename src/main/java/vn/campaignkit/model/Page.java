package vn.campaignkit.model;

/** A page written from one content file or one data row. */
public sealed interface Page permits Home, Tip, HashtagPage, Contest, School, Post, PlainPage, Frame, Quiz, Scenario {
    PageInfo info();

    default String title() {
        return info().title();
    }

    default Route route() {
        return info().route();
    }

    /** The template (without {@code .ftlh}) that renders this page. */
    String template();
}
