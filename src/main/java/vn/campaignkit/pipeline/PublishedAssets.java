package vn.campaignkit.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.function.Predicate;
import vn.campaignkit.check.ImageCheck;
import vn.campaignkit.model.ContentAsset;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.render.OutputSink;
import vn.campaignkit.source.AssetCatalog;
import vn.campaignkit.source.ImageMetadata;
import vn.campaignkit.source.MalformedImageException;

/**
 * Publishes the site's own files (assets and the non-Markdown files of {@code content/}): every image without
 * where and by whom it was taken ({@link ImageMetadata}), everything else byte for byte. An image too broken
 * to clean is never published as it is: it is a problem at the file, unless a page using it already says so.
 */
public final class PublishedAssets {
    private PublishedAssets() {
    }

    /**
     * @param wanted which files to publish, by site path ({@code assets/a.png}, {@code content/tips/a.png})
     */
    public static void copy(AssetCatalog assets, List<ContentAsset> contentAssets, Predicate<String> wanted, ImageCheck images,
                            OutputSink sink, Problems problems) {
        for (AssetCatalog.Asset a : assets.all().values()) {
            if (a.published() && wanted.test(a.outputPath())) {
                publish(a.outputPath(), a.file().isPresent() ? a.outputPath() : "(built-in asset)", a.bytes(), images, sink, problems);
            }
        }
        for (ContentAsset a : contentAssets) {
            if (wanted.test(a.source())) {
                try {
                    publish(a.outputPath(), a.source(), Files.readAllBytes(a.file()), images, sink, problems);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private static void publish(String outputPath, String source, byte[] bytes, ImageCheck images, OutputSink sink, Problems problems) {
        try {
            sink.write(outputPath, ImageMetadata.withoutPrivateData(bytes));
        } catch (MalformedImageException e) {
            if (!images.reported(outputPath)) {
                problems.add(source, 0, 0, "this image is broken, so the place and author recorded in it cannot be removed: "
                        + e.getMessage(), "copy the image again from where it came from, or export it again as JPEG or PNG");
            }
        }
    }
}
