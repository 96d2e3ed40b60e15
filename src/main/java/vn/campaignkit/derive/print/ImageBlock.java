package vn.campaignkit.derive.print;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import vn.campaignkit.model.print.PrintImage;

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

    /** Reads the image header and checks that it reaches 300 dpi when fitted into {@code maxW} × {@code maxH}. */
    static Optional<ImageBlock> prepare(DesignContext ctx, PrintImage image, float maxW, float maxH) {
        byte[] bytes;
        int w;
        int h;
        try {
            bytes = Files.readAllBytes(image.file());
            try (ImageInputStream in = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
                Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
                if (!readers.hasNext()) {
                    ctx.preflight.unreadableImage(image.named(), "it is not a PNG or JPEG file");
                    return Optional.empty();
                }
                ImageReader reader = readers.next();
                try {
                    reader.setInput(in);
                    w = reader.getWidth(0);
                    h = reader.getHeight(0);
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException e) {
            ctx.preflight.unreadableImage(image.named(), e.getMessage() == null ? "broken file" : e.getMessage());
            return Optional.empty();
        }
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
