package vn.campaignkit.derive.social;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.DerivePlanner;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.derive.image.PngBytes;
import vn.campaignkit.derive.image.Thumbnail;
import vn.campaignkit.model.Messages;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.source.AssetCatalog;

/** The three wallpapers under {@code wallpapers/} (another language's under {@code en/wallpapers/}), each with a small preview for the downloads page. */
public final class WallpaperPlanner implements DerivePlanner {
    static final String FOLDER = "wallpapers/";
    static final String VERSION = "wallpapers-1";
    private static final int PREVIEW_WIDTH = 360;

    @Override
    public List<DeriveJob> plan(Site site, AssetCatalog assets, Problems problems) {
        Optional<SocialBrand> prepared = SocialBrand.prepare(site, assets, problems, VERSION);
        if (prepared.isEmpty()) {
            return List.of();
        }
        Brand brand = prepared.get().brand();
        Wallpaper wallpaper = new Wallpaper(prepared.get().faces());
        String base = prepared.get().baseFingerprint();
        Messages messages = site.language().messages();
        String folder = site.language().routePrefix() + FOLDER;
        List<DeriveJob> jobs = new ArrayList<>();
        for (WallpaperFormat format : WallpaperFormat.values()) {
            String path = folder + format.fileName();
            String preview = folder + "preview-" + format.fileName();
            String title = messages.text(switch (format) {
                case PHONE -> "wallpapers.phone";
                case PHONE_TALL -> "wallpapers.phone_tall";
                case DESKTOP -> "wallpapers.desktop";
            });
            String note = messages.text(format.isPhone() ? "wallpapers.phone_note" : "wallpapers.desktop_note");
            jobs.add(new SocialImageJob(path, Fingerprints.of(base, format.name()), () -> wallpaper.png(brand, format),
                    Optional.of(new SiteView.Download("wallpapers", title, path, preview,
                            "PNG " + format.width() + "×" + format.height(), note))));
            jobs.add(new SocialImageJob(preview, Fingerprints.of(base, format.name(), "preview"), () -> {
                BufferedImage full = wallpaper.image(brand, format);
                return PngBytes.encode(Thumbnail.ofWidth(full, PREVIEW_WIDTH));
            }, Optional.empty()));
        }
        return jobs;
    }
}
