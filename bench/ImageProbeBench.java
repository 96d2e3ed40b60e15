import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import javax.imageio.ImageIO;
import vn.campaignkit.source.ImageMetadata;
import vn.campaignkit.source.ImageProbe;

/**
 * What checking one phone-size photo costs: the probe the build runs for every distinct image (format from the
 * bytes, header, container walked to its end) against a full ImageIO decode, and the metadata removal run for
 * every published image. Prints milliseconds per photo (median of 15 runs after 20 warm-up runs). Run by bench/image-probe.sh.
 */
public final class ImageProbeBench {
    public static void main(String[] args) throws Exception {
        int width = 4032;
        int height = 3024;
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(6100);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, (x / 7 + random.nextInt(24)) % 256 << 16 | (y / 5 + random.nextInt(24)) % 256 << 8 | (x + y) / 9 % 256);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(picture, "jpg", out);
        byte[] jpeg = out.toByteArray();
        System.out.printf("photo: %d×%d JPEG, %.1f MB%n", width, height, jpeg.length / 1e6);
        System.out.printf("probe (header + container):  %.1f ms%n", median(() -> ImageProbe.of(jpeg)));
        System.out.printf("metadata removal:            %.1f ms%n", median(() -> ImageMetadata.withoutPrivateData(jpeg)));
        System.out.printf("full decode (ImageIO.read):  %.1f ms%n", median(() -> ImageIO.read(new ByteArrayInputStream(jpeg))));
    }

    interface Work {
        Object run() throws Exception;
    }

    private static double median(Work work) throws Exception {
        double[] times = new double[15];
        for (int i = -20; i < times.length; i++) {
            long start = System.nanoTime();
            work.run();
            if (i >= 0) {
                times[i] = (System.nanoTime() - start) / 1e6;
            }
        }
        java.util.Arrays.sort(times);
        return times[times.length / 2];
    }
}
