package vn.campaignkit.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Phone-style metadata written by exiftool, then removed by {@link ImageMetadata}: exiftool (a separate
 * program) and a small parser of our own confirm what is gone and what stays, and the decoded pixels
 * are compared with the original's.
 */
class ImageMetadataTest {
    /** What a phone and a teacher's photo library write: place, person, device, captions. */
    static final String[] PHONE_METADATA = {
        "-Orientation=6", "-Make=Apple", "-Model=iPhone 13", "-SerialNumber=SN-ABC123", "-BodySerialNumber=BODY-998877",
        "-LensSerialNumber=LENS-7766", "-OwnerName=Chủ máy Lan", "-Artist=Nguyễn Văn An", "-Copyright=Trường THCS Kim Liên",
        "-GPSLatitude=21.0285", "-GPSLatitudeRef=N", "-GPSLongitude=105.8542", "-GPSLongitudeRef=E", "-GPSAltitude=12",
        "-DateTimeOriginal=2025:10:01 08:00:00", "-XResolution=72", "-YResolution=72", "-ResolutionUnit=2",
        "-XMP-dc:Creator=Nguyễn Văn An", "-XMP-exif:GPSLatitude=21.0285", "-XMP-exif:GPSLatitudeRef=N",
        "-IPTC:By-line=Nguyen Van An", "-IPTC:City=Ha Noi", "-IPTC:Sub-location=Lop 7A",
        "-Comment=Ảnh lớp 7A, cô Lan chụp",
    };
    /** Text of {@link #PHONE_METADATA} that must not survive anywhere in the published bytes. */
    static final List<String> PRIVATE_TEXT = List.of("Nguyễn Văn An", "Nguyen Van An", "SN-ABC123", "BODY-998877", "LENS-7766",
            "Chủ máy Lan", "Kim Liên", "Ha Noi", "Lop 7A", "cô Lan", "iPhone", "MN-SECRET-PLACE", "2025:10:01");

    @TempDir
    Path dir;

    @Test
    void jpegLosesPlacePersonDeviceXmpIptcCommentMakerNoteAndThumbnailButKeepsOrientationIccAndPixels() throws IOException {
        Path photo = dir.resolve("lop-7a.jpg");
        Files.write(photo, jpeg(testPicture(), false));
        Path icc = write("srgb.icc", ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        Path makerNote = write("maker-note.bin", appleMakerNote("MN-SECRET-PLACE"));
        Path thumbnail = write("thumb.jpg", jpeg(testPicture(), false));
        ExifTool.write(photo, concat(PHONE_METADATA, "-ICC_Profile<=" + icc, "-MakerNoteApple<=" + makerNote,
                "-ThumbnailImage<=" + thumbnail));
        Map<String, String> before = ExifTool.tags(photo);
        assertThat(before).containsKeys("GPS:GPSLatitude", "IFD0:Artist", "ExifIFD:SerialNumber", "Apple:BurstUUID",
                "XMP-dc:Creator", "IPTC:By-line", "File:Comment", "IFD1:ThumbnailImage");

        byte[] original = Files.readAllBytes(photo);
        Path cleaned = write("cleaned.jpg", ImageMetadata.withoutPrivateData(original));

        Map<String, String> after = ExifTool.tags(cleaned);
        assertThat(after.keySet()).noneMatch(k -> k.startsWith("GPS:") || k.startsWith("XMP") || k.startsWith("IPTC:")
                || k.startsWith("ExifIFD:") || k.startsWith("IFD1:") || k.startsWith("Apple:") || k.startsWith("Photoshop:"))
                .doesNotContain("IFD0:Artist", "IFD0:Copyright", "IFD0:Make", "IFD0:Model", "File:Comment");
        assertThat(after).containsEntry("IFD0:Orientation", "6").containsEntry("IFD0:XResolution", "72")
                .containsEntry("IFD0:ResolutionUnit", "2").containsEntry("JFIF:JFIFVersion", "1 2")
                .doesNotContainKey("ExifTool:Warning");
        assertThat(ExifTool.binary(cleaned, "ICC_Profile")).isEqualTo(Files.readAllBytes(icc));
        assertNoPrivateText(Files.readAllBytes(cleaned));
        assertThat(JpegStructure.applicationMarkers(Files.readAllBytes(cleaned))).containsExactly("APP0 JFIF", "APP1 Exif",
                "APP2 ICC_PROFILE");
        assertThat(pixels(Files.readAllBytes(cleaned))).isEqualTo(pixels(original));
    }

    @Test
    void jpegDropsImagesAppendedAfterTheEndAndCommentsBetweenProgressiveScans() throws IOException {
        byte[] progressive = jpeg(testPicture(), true);
        int secondScan = JpegStructure.offsetOfMarker(progressive, 0xDA, 2);
        byte[] comment = JpegStructure.segment(0xFE, "between scans: Nguyễn Văn An".getBytes(StandardCharsets.UTF_8));
        Path appended = dir.resolve("appended.jpg");
        Files.write(appended, jpeg(testPicture(), false));
        ExifTool.write(appended, PHONE_METADATA);
        byte[] phoneLike = concat(Arrays.copyOf(progressive, secondScan), comment,
                Arrays.copyOfRange(progressive, secondScan, progressive.length), Files.readAllBytes(appended));

        byte[] cleaned = ImageMetadata.withoutPrivateData(phoneLike);

        assertNoPrivateText(cleaned);
        assertThat(cleaned).isEqualTo(progressive);
        assertThat(pixels(cleaned)).isEqualTo(pixels(progressive));
    }

    @Test
    void pngLosesTextXmpExifPrivateTagsAndTimeButKeepsColourChunksOrientationAndPixels() throws IOException {
        Path picture = dir.resolve("poster.png");
        ImageIO.write(testPicture(), "png", picture.toFile());
        Path icc = write("srgb.icc", ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        ExifTool.write(picture, "-Orientation=6", "-Artist=Nguyễn Văn An", "-GPSLatitude=21.0285", "-GPSLatitudeRef=N",
                "-XMP-dc:Creator=Nguyễn Văn An", "-PNG:Author=Nguyen Van An", "-PNG:Comment=Lop 7A", "-PNG:ModifyDate=2025:10:01 08:00:00",
                "-ICC_Profile<=" + icc, "-PNG-pHYs:PixelsPerUnitX=2835", "-PNG-pHYs:PixelsPerUnitY=2835",
                "-PNG-pHYs:PixelUnits=1", "-PNG:Gamma=2.2");
        ExifTool.write(picture, "-z", "-PNG:Description=" + "Chup tai Ha Noi, Lop 7A. ".repeat(20));
        assertThat(PngStructure.chunks(Files.readAllBytes(picture))).contains("tEXt", "iTXt", "zTXt", "eXIf", "tIME");

        byte[] original = Files.readAllBytes(picture);
        Path cleaned = write("cleaned.png", ImageMetadata.withoutPrivateData(original));

        assertThat(PngStructure.chunks(Files.readAllBytes(cleaned)))
                .containsExactly("IHDR", "iCCP", "gAMA", "pHYs", "eXIf", "IDAT", "IEND");
        Map<String, String> after = ExifTool.tags(cleaned);
        assertThat(after.keySet()).noneMatch(k -> k.startsWith("GPS:") || k.startsWith("XMP"))
                .doesNotContain("IFD0:Artist", "PNG:Author", "PNG:Comment", "PNG:Description", "PNG:ModifyDate");
        assertThat(after).containsEntry("IFD0:Orientation", "6").containsEntry("PNG:Gamma", "2.2")
                .containsEntry("PNG-pHYs:PixelsPerUnitX", "2835").doesNotContainKey("ExifTool:Warning");
        assertThat(ExifTool.binary(cleaned, "ICC_Profile")).isEqualTo(Files.readAllBytes(icc));
        assertNoPrivateText(Files.readAllBytes(cleaned));
        assertThat(pixels(Files.readAllBytes(cleaned))).isEqualTo(pixels(original));
    }

    @Test
    void gifLosesCommentsAndXmpButKeepsItsImage() throws IOException {
        Path picture = dir.resolve("icon.gif");
        ImageIO.write(testPicture(), "gif", picture.toFile());
        ExifTool.write(picture, "-Comment=Nguyễn Văn An, Lop 7A", "-XMP-dc:Creator=Nguyễn Văn An");
        byte[] original = Files.readAllBytes(picture);
        assertThat(ExifTool.tags(picture)).containsKeys("File:Comment", "XMP-dc:Creator");

        Path cleaned = write("cleaned.gif", ImageMetadata.withoutPrivateData(original));

        assertThat(ExifTool.tags(cleaned).keySet()).noneMatch(k -> k.startsWith("XMP")).doesNotContain("File:Comment");
        assertNoPrivateText(Files.readAllBytes(cleaned));
        assertThat(pixels(Files.readAllBytes(cleaned))).isEqualTo(pixels(original));
    }

    @Test
    void webpLosesExifAndXmpChunksButKeepsIccAndDecodesToTheSamePixels() throws IOException {
        Path png = write("source.png", png(testPicture()));
        Path picture = dir.resolve("photo.webp");
        WebpTools.encode(png, picture);
        Path icc = write("srgb.icc", ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        ExifTool.write(picture, "-Orientation=6", "-Artist=Nguyễn Văn An", "-GPSLatitude=21.0285", "-GPSLatitudeRef=N",
                "-XMP-dc:Creator=Nguyễn Văn An", "-ICC_Profile<=" + icc);
        assertThat(ExifTool.tags(picture)).containsKeys("GPS:GPSLatitude", "IFD0:Artist", "XMP-dc:Creator");
        byte[] original = Files.readAllBytes(picture);

        Path cleaned = write("cleaned.webp", ImageMetadata.withoutPrivateData(original));

        Map<String, String> after = ExifTool.tags(cleaned);
        assertThat(after.keySet()).noneMatch(k -> k.startsWith("GPS:") || k.startsWith("XMP") || k.startsWith("IFD0:"));
        assertThat(after).doesNotContainKey("ExifTool:Warning");
        assertThat(ExifTool.binary(cleaned, "ICC_Profile")).isEqualTo(Files.readAllBytes(icc));
        byte[] bytes = Files.readAllBytes(cleaned);
        assertNoPrivateText(bytes);
        assertThat(new String(bytes, 12, 4, StandardCharsets.US_ASCII)).isEqualTo("VP8X");
        assertThat(bytes[20] & 0xFF).as("VP8X flags: ICC, no EXIF, no XMP").isEqualTo(0x20);
        assertThat(WebpTools.decodeToPam(cleaned, dir.resolve("cleaned.pam")))
                .isEqualTo(WebpTools.decodeToPam(picture, dir.resolve("original.pam")));
    }

    @Test
    void cleaningTwiceChangesNothingAndACleanImageComesBackAsTheSameArray() throws IOException {
        Path photo = dir.resolve("photo.jpg");
        Files.write(photo, jpeg(testPicture(), false));
        ExifTool.write(photo, PHONE_METADATA);
        byte[] once = ImageMetadata.withoutPrivateData(Files.readAllBytes(photo));
        assertThat(ImageMetadata.withoutPrivateData(once)).isSameAs(once);

        byte[] plain = jpeg(testPicture(), false);
        assertThat(ImageMetadata.withoutPrivateData(plain)).isSameAs(plain);
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"/>".getBytes(StandardCharsets.UTF_8);
        assertThat(ImageMetadata.withoutPrivateData(svg)).isSameAs(svg);
        byte[] text = "not an image".getBytes(StandardCharsets.UTF_8);
        assertThat(ImageMetadata.withoutPrivateData(text)).isSameAs(text);
    }

    @Test
    void exifWithOnlyPrivateTagsIsDroppedWhole() throws IOException {
        Path photo = dir.resolve("no-orientation.jpg");
        Files.write(photo, jpeg(testPicture(), false));
        ExifTool.write(photo, "-Artist=Nguyễn Văn An", "-GPSLatitude=21.0285", "-GPSLatitudeRef=N", "-IFD0:XResolution=",
                "-IFD0:YResolution=", "-IFD0:ResolutionUnit=");

        byte[] cleaned = ImageMetadata.withoutPrivateData(Files.readAllBytes(photo));

        assertThat(JpegStructure.applicationMarkers(cleaned)).containsExactly("APP0 JFIF");
        assertThat(cleaned).isEqualTo(jpeg(testPicture(), false));
    }

    @Test
    void refusesAContainerWhoseSegmentRunsPastTheEnd() throws IOException {
        Path photo = dir.resolve("cut.jpg");
        Files.write(photo, jpeg(testPicture(), false));
        ExifTool.write(photo, PHONE_METADATA);
        byte[] cutInExif = Arrays.copyOf(Files.readAllBytes(photo), 60);
        assertThatThrownBy(() -> ImageMetadata.withoutPrivateData(cutInExif)).isInstanceOf(MalformedImageException.class)
                .hasMessageContaining("past the end");

        byte[] png = png(testPicture());
        byte[] cutPng = Arrays.copyOf(png, png.length - 20);
        assertThatThrownBy(() -> ImageMetadata.withoutPrivateData(cutPng)).isInstanceOf(MalformedImageException.class);
    }

    static void assertNoPrivateText(byte[] bytes) {
        String latin1 = new String(bytes, StandardCharsets.ISO_8859_1);
        for (String text : PRIVATE_TEXT) {
            assertThat(latin1).as("published bytes contain \"%s\"", text)
                    .doesNotContain(new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
                    .doesNotContain(new String(text.getBytes(StandardCharsets.UTF_16BE), StandardCharsets.ISO_8859_1));
        }
    }

    /** A 48 × 32 picture with a different colour in every pixel. */
    static BufferedImage testPicture() {
        BufferedImage image = new BufferedImage(48, 32, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 48; x++) {
                image.setRGB(x, y, (x * 5) << 16 | (y * 7) << 8 | ((x + y) * 3));
            }
        }
        return image;
    }

    static byte[] jpeg(BufferedImage image, boolean progressive) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (progressive) {
                param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    static int[] pixels(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as("decodes").isNotNull();
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    /** An Apple maker note (as iPhones write it) with one text entry. */
    static byte[] appleMakerNote(String text) {
        byte[] header = "Apple iOS\0\0\1MM".getBytes(StandardCharsets.ISO_8859_1);
        byte[] value = (text + "\0").getBytes(StandardCharsets.US_ASCII);
        int valueAt = header.length + 2 + 12 + 4;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(valueAt + value.length);
        b.put(header).putShort((short) 1).putShort((short) 0x000B).putShort((short) 2).putInt(value.length).putInt(valueAt)
                .putInt(0).put(value);
        return b.array();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    static String[] concat(String[] first, String... more) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
