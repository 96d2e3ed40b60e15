package vn.campaignkit.render;

import java.util.List;

/** The kind-specific parts of {@link PageView#detail()}. */
public final class Details {
    private Details() {
    }

    public record TipDetail(List<String> audiences, String category, int weight, List<Card> related) {
    }

    public record ContestDetail(ContestState state, String registerUrl, List<String> categories, String ages,
                                List<String> prizes, String judging, String icsPath) {
    }

    public record SchoolDetail(String province, String provincePath, String district, String level, String address,
                               String website, String fanpage, String localHotline, boolean sample, List<SiteView.Download> kit) {
    }

    public record HashtagDetail(String hashtag, String caption, boolean official, List<Card> tagged) {
    }

    public record ListDetail(List<Card> cards) {
    }

    public record ProvinceDetail(SiteView.ProvinceView province) {
    }

    /**
     * A frame's editor page: the caption to copy, the name of the exported file, the frame's 720 px PNG that the
     * editor shows until a photo is chosen (empty when the frame publishes no square files), and the frame's files
     * (PNG sizes) from the downloads.
     */
    public record FrameDetail(String caption, String exportName, String view, List<SiteView.Download> files) {
    }
}
