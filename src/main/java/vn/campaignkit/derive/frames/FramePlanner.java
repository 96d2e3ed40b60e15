package vn.campaignkit.derive.frames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.campaignkit.derive.DeriveJob;
import vn.campaignkit.derive.DerivePlanner;
import vn.campaignkit.derive.Fingerprints;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.GlyphCoverage;
import vn.campaignkit.derive.image.TypeFaces;
import vn.campaignkit.model.Frame;
import vn.campaignkit.model.FrameDesign;
import vn.campaignkit.model.Messages;
import vn.campaignkit.model.School;
import vn.campaignkit.model.Site;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.SiteView;
import vn.campaignkit.source.AssetCatalog;

/**
 * Plans every frame PNG (2160, 1080, 720, cover, story), the per-school variants and the script that hands
 * the frame to the editor page; every drawn string is checked against the fonts first.
 */
public final class FramePlanner implements DerivePlanner {
    /** Bump when the drawing code changes, so fingerprints change and images are redrawn. */
    static final String VERSION = "frames-2";

    @Override
    public List<DeriveJob> plan(Site site, AssetCatalog assets, Problems problems) {
        if (site.frames().isEmpty()) {
            return List.of();
        }
        TypeFaces faces = TypeFaces.from(assets);
        GlyphCoverage coverage = new GlyphCoverage(faces);
        FrameRenderer renderer = new FrameRenderer(faces);
        FrameSpecBuilder builder = new FrameSpecBuilder(site.config(), assets);
        Messages messages = site.language().messages();
        List<DeriveJob> jobs = new ArrayList<>();
        for (Frame frame : site.frames()) {
            Optional<FrameSpec> built = builder.build(frame, problems);
            if (built.isEmpty()) {
                continue;
            }
            FrameSpec spec = built.get();
            if (spec.look() instanceof FrameLook.Drawn drawn) {
                boolean covered = true;
                for (DrawnText text : drawn.texts()) {
                    covered &= coverage.check(text, problems);
                }
                if (!covered) {
                    continue;
                }
            }
            String inputs = Fingerprints.of(VERSION, faces.digest(), frame.title(), frame.design().toString(),
                    builder.defaults().toString(), assetDigest(frame.design(), assets));
            String folder = frame.route().sitePath();
            for (FrameFormat format : spec.formats()) {
                String path = folder + format.fileName(spec.slug());
                jobs.add(new FramePngJob(path, Fingerprints.of(inputs, format.name()), renderer, spec, format, Optional.empty(),
                        Optional.of(listing(spec, format, path, folder, messages))));
            }
            jobs.add(new FrameScriptJob(FrameFiles.script(folder), Fingerprints.of(inputs, "script"), renderer, spec));
            if (spec.perSchool()) {
                for (School school : site.schools()) {
                    DrawnText name = new DrawnText(school.title(), school.info().source(), school.info().sourceLine(), 1, "title");
                    if (!coverage.check(name, problems)) {
                        continue;
                    }
                    String path = FrameFiles.schoolVariant(folder, school);
                    jobs.add(new FramePngJob(path, Fingerprints.of(inputs, "school", name.text()), renderer, spec,
                            FrameFormat.SQUARE, Optional.of(name), Optional.of(new SiteView.Download(
                            "school:" + school.route().sitePath(), messages.fill("frames.school", "title", spec.title()), path,
                            path, "PNG 1080×1080", messages.text("frames.school_note")))));
                }
            }
        }
        return jobs;
    }

    private static String assetDigest(FrameDesign design, AssetCatalog assets) {
        StringBuilder sb = new StringBuilder();
        design.logo().flatMap(l -> assets.get(l.assetPath())).ifPresent(a -> sb.append(Fingerprints.of(a.bytes())));
        design.overlay().flatMap(o -> assets.get(o.assetPath())).ifPresent(a -> sb.append(Fingerprints.of(a.bytes())));
        return sb.toString();
    }

    private static SiteView.Download listing(FrameSpec spec, FrameFormat format, String path, String folder, Messages messages) {
        String preview = format.isSquare() && spec.formats().contains(FrameFormat.SMALL)
                ? folder + FrameFormat.SMALL.fileName(spec.slug()) : path;
        String size = "PNG " + format.width() + "×" + format.height();
        String key = switch (format) {
            case MASTER -> "frames.master";
            case SQUARE -> "frames.square";
            case SMALL -> "frames.small";
            case COVER -> "frames.cover";
            case STORY -> "frames.story";
        };
        return new SiteView.Download("frames", messages.fill(key, "title", spec.title()), path, preview, size,
                messages.text(key + "_note"));
    }
}
