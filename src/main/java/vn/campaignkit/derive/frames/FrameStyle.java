package vn.campaignkit.derive.frames;

/** The drawn frame designs: a thick ring with text on both arcs, a thin ring with a name band, or a diagonal sash. */
public enum FrameStyle {
    RING, BAND, SASH;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
