package vn.campaignkit.derive.print;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.campaignkit.model.print.PrintImage;
import vn.campaignkit.source.ImageFormat;
import vn.campaignkit.source.ImageMetadata;
import vn.campaignkit.source.ImageProbe;

/** A raster image checked for print resolution at its placed width, drawn keeping its proportions. */
final class ImageBlock {
    private final byte[] bytes;
    private final String name;
    private final int pixelsWide;
    private final int pixelsHigh;
    private final float width;

    private ImageBlock(byte[] bytes, String name, int pixelsWide, int pixelsHigh, float width) {
        this.bytes = bytes;
        this.name = name;
        this.pixelsWide = pixelsWide;
        this.pixelsHigh = pixelsHigh;
        this.width = width;
    }

    /**
     * Reads the image header (the type told by the bytes, never the file name) and checks that it reaches 300 dpi
     * when fitted into {@code maxW} × {@code maxH}. The bytes embedded are those without private metadata.
     */
    static Optional<ImageBlock> prepare(DesignContext ctx, PrintImage image, float maxW, float maxH) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image.file());
        } catch (IOException e) {
            ctx.preflight.unreadableImage(image.named(), e.getClass().getSimpleName());
            return Optional.empty();
        }
        ImageProbe verdict = ImageProbe.of(bytes);
        if (verdict instanceof ImageProbe.Unreadable u) {
            ctx.preflight.unreadableImage(image.named(), u.reason());
            return Optional.empty();
        }
        ImageProbe.Readable readable = (ImageProbe.Readable) verdict;
        if (readable.format() != ImageFormat.PNG && readable.format() != ImageFormat.JPEG) {
            ctx.preflight.unreadableImage(image.named(), "it is a " + readable.format() + " image; printables take PNG or JPEG");
            return Optional.empty();
        }
        int w = readable.width();
        int h = readable.height();
        bytes = ImageMetadata.withoutPrivateData(bytes);
        float widthPt = Math.min(maxW, maxH * w / h);
        double inches = Box.toMm(widthPt) / 25.4;
        double dpi = w / inches;
        if (dpi + 0.5 < Preflight.MIN_DPI) {
            ctx.preflight.imageTooCoarse(image.named(), dpi, Box.toMm(widthPt), (int) Math.ceil(inches * Preflight.MIN_DPI));
            return Optional.empty();
        }
        return Optional.of(new ImageBlock(bytes, image.file().getFileName().toString(), w, h, widthPt));
    }

    float width() {
        return width;
    }

    /** Height at the placed width. */
    float height() {
        return width * pixelsHigh / pixelsWide;
    }

    /** Draws the image fitted (not cropped, not stretched) and centred in {@code box}. */
    void draw(Canvas c, Box box) throws IOException {
        float scale = Math.min(box.w() / pixelsWide, box.h() / pixelsHigh);
        float w = pixelsWide * scale;
        float h = pixelsHigh * scale;
        PDImageXObject x = PDImageXObject.createFromByteArray(c.document(), bytes, name);
        c.image(x, new Box(box.centreX() - w / 2, box.centreY() - h / 2, w, h));
    }
}
