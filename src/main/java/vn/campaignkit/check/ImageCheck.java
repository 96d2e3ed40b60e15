package vn.campaignkit.check;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.campaignkit.model.ContentAsset;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.ImageProbe;
import vn.campaignkit.source.ImageProbes;

/**
 * Every image a page shows must be one a browser can show: each reference ({@code image:}, a Markdown image)
 * to a published file is checked against the file's verdict (format from its bytes, header, complete
 * container; see {@link ImageProbe}), and a broken one is reported at the reference, naming the image. Each
 * distinct file is probed once, through the pipeline's {@link ImageProbes}.
 */
public final class ImageCheck {
    private final ImageProbes probes;
    private final Map<String, AssetCatalog.Asset> assets;
    private final Map<String, Path> contentFiles = new HashMap<>();
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    public ImageCheck(ImageProbes probes, AssetCatalog assets, List<ContentAsset> contentAssets) {
        this.probes = probes;
        this.assets = assets.all();
        contentAssets.forEach(a -> contentFiles.put(a.outputPath(), a.file()));
    }

    /** The verdict on the file published at {@code outputPath}; empty when no image file of the site is published there. */
    public Optional<ImageProbe> probe(String outputPath) {
        Path content = contentFiles.get(outputPath);
        if (content != null) {
            return Optional.of(probes.probe(content));
        }
        AssetCatalog.Asset asset = assets.get(outputPath);
        if (asset == null || !asset.published()) {
            return Optional.empty();
        }
        return Optional.of(asset.file().map(probes::probe).orElseGet(() -> probes.probe(asset.resource(), asset::bytes)));
    }

    /**
     * Checks one use of an image and reports at it when the image cannot be shown.
     *
     * @return false when a problem was reported
     */
    public boolean check(String outputPath, String usedBy, int line, int col, Problems problems) {
        Optional<ImageProbe> verdict = probe(outputPath);
        if (verdict.isPresent() && verdict.get() instanceof ImageProbe.Unreadable u) {
            reported.add(outputPath);
            problems.add(usedBy, line, col, "image \"" + outputPath + "\" cannot be shown: " + u.reason(), u.hint());
            return false;
        }
        return true;
    }

    /** Whether a use of the file at {@code outputPath} was already reported as broken (so the file itself need not be). */
    public boolean reported(String outputPath) {
        return reported.contains(outputPath);
    }
}
