package vn.campaignkit.source.schema;

/** What a key holds, as the validator reads it and as a form asks for it. */
public enum FieldType {
    /** One line of text. */
    TEXT,
    /** A sentence or a paragraph. */
    LONG_TEXT,
    /** Markdown text (a printable's {@code body} or {@code back}). */
    MARKDOWN,
    /** {@code YYYY-MM-DD}. */
    DATE,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A whole number between the spec's min and max. */
    INTEGER,
    /** An {@code https://} address (or a site path where the validator allows it). */
    URL,
    /** One of the spec's allowed values. */
    CHOICE,
    /** A list of the spec's allowed values. */
    CHOICES,
    /** A list of short texts. */
    TEXT_LIST,
    /** {@code "#word"}. */
    HASHTAG,
    /** {@code #rrggbb}. */
    COLOR,
    /** A file of the site ({@code /assets/…} or relative to {@code assets/}, as the spec's help says). */
    FILE,
    /** A group of keys, each described by the spec's item fields ({@code colors:}). */
    GROUP,
    /** A list of groups, each described by the spec's item fields ({@code questions:}, {@code scenes:}). */
    GROUP_LIST,
    /** Free values for custom templates ({@code extra:}); edited in the raw file only. */
    FREE
}
