package vn.campaignkit.derive.frames;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import vn.campaignkit.derive.image.DrawnText;
import vn.campaignkit.derive.image.LogoArt;
import vn.campaignkit.derive.image.Palette;
import vn.campaignkit.problem.Problems;
import vn.campaignkit.source.YamlNode;

/**
 * Reads a frame's front matter (keys documented in {@code docs/frames.md}) into a {@link FrameSpec},
 * reporting every mistake at its line and column. Page keys common to all content are accepted here
 * and handled by the model.
 */
public final class FrameSpecReader {
    static final Set<String> FRAME_KEYS = Set.of("title", "style", "overlay", "colors", "top_text", "bottom_text",
            "band_text", "hashtags", "hotline", "logo", "per_school", "caption", "formats");
    static final Set<String> PAGE_KEYS = Set.of("slug", "draft", "summary", "image", "image_alt", "tags", "extra", "weight");
    private static final List<String> COLOUR_KEYS = List.of("primary", "accent", "dark", "light");

    private final String path;
    private final Path assets;
    private final FrameDefaults defaults;
    private final Problems problems;
    private boolean ok = true;

    private FrameSpecReader(String path, Path assets, FrameDefaults defaults, Problems problems) {
        this.path = path;
        this.assets = assets;
        this.defaults = defaults;
        this.problems = problems;
    }

    /**
     * @param path   site-relative path of the frame file, e.g. {@code content/frames/khong-mot-minh.md}
     * @param slug   the frame's URL slug
     * @param assets the site's {@code assets/} folder (logos and overlays are relative to it)
     */
    public static Optional<FrameSpec> read(String path, String slug, YamlNode.Mapping front, Path assets,
                                           FrameDefaults defaults, Problems problems) {
        return new FrameSpecReader(path, assets, defaults, problems).read(slug, front);
    }

    private Optional<FrameSpec> read(String slug, YamlNode.Mapping front) {
        List<String> known = new ArrayList<>(FRAME_KEYS);
        known.addAll(PAGE_KEYS);
        for (YamlNode.Entry e : front.entries()) {
            if (!known.contains(e.key())) {
                fail(e.line(), e.col(), "unknown key '" + e.key() + "' in a frame",
                        KeySuggestion.closest(e.key(), known).map(k -> "did you mean '" + k + "'?")
                                .orElse("frame keys are listed in docs/frames.md; free-form values go under extra:"));
            }
        }
        Optional<String> title = text(front, "title");
        if (title.isEmpty() || title.get().isBlank()) {
            fail(front.line(), 1, "a frame needs a title", "add 'title: …' to the front matter");
        }
        boolean perSchool = flag(front, "per_school", false);
        String caption = text(front, "caption").orElse(defaults.caption());
        FrameLook look = front.entry("overlay").isPresent() ? overlay(front, perSchool) : drawn(front);
        List<FrameFormat> formats = formats(front, look);
        return ok && look != null ? Optional.of(new FrameSpec(slug, path, title.orElse(""), look, perSchool, caption, formats))
                : Optional.empty();
    }

    private FrameLook drawn(YamlNode.Mapping front) {
        FrameStyle style = FrameStyle.RING;
        Optional<YamlNode.Entry> styleEntry = front.entry("style");
        if (styleEntry.isPresent()) {
            String value = text(front, "style").orElse("");
            Optional<FrameStyle> found = java.util.Arrays.stream(FrameStyle.values()).filter(s -> s.key().equals(value)).findFirst();
            if (found.isEmpty()) {
                YamlNode v = styleEntry.get().value();
                fail(v.line(), v.col(), "style " + v.describe() + " is not a frame style", "use ring, band or sash");
            } else {
                style = found.get();
            }
        }
        Palette palette = palette(front);
        Optional<DrawnText> top = drawnText(front, "top_text", Optional.of(upper(defaults.title())));
        Optional<DrawnText> bottom = drawnText(front, "bottom_text", Optional.of(upper(defaults.tagline())));
        Optional<DrawnText> band = drawnText(front, "band_text", Optional.of(upper(defaults.title())));
        List<DrawnText> hashtags = flag(front, "hashtags", true) ? defaults.hashtags() : List.of();
        Optional<DrawnText> hotline = drawnText(front, "hotline", defaults.hotline());
        Optional<LogoArt> logo = Optional.empty();
        Optional<YamlNode.Entry> logoEntry = front.entry("logo");
        if (logoEntry.isPresent()) {
            Optional<Path> file = assetFile(logoEntry.get());
            YamlNode v = logoEntry.get().value();
            logo = file.flatMap(f -> LogoArt.read(f, path, v.line(), v.col(), problems));
            ok &= logo.isPresent();
        }
        return new FrameLook.Drawn(style, palette, top, bottom, band, hashtags, hotline, logo);
    }

    private FrameLook overlay(YamlNode.Mapping front, boolean perSchool) {
        YamlNode.Entry entry = front.entry("overlay").orElseThrow();
        for (String key : List.of("style", "colors", "top_text", "bottom_text", "band_text", "logo", "hotline")) {
            front.entry(key).ifPresent(e -> fail(e.line(), e.col(), "'" + key + "' has no effect on an overlay frame",
                    "remove '" + key + "' or remove 'overlay' to let the generator draw the frame"));
        }
        if (perSchool) {
            YamlNode.Entry e = front.entry("per_school").orElseThrow();
            fail(e.line(), e.col(), "per-school variants need a drawn frame, not an overlay image",
                    "remove 'overlay' and describe the frame with style, band_text and colors");
        }
        YamlNode v = entry.value();
        Optional<Path> file = assetFile(entry);
        if (file.isEmpty()) {
            return null;
        }
        try {
            BufferedImage image = ImageIO.read(file.get().toFile());
            if (image == null || !file.get().toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
                fail(v.line(), v.col(), "the overlay must be a PNG image with transparency", "export it as PNG");
                return null;
            }
            if (image.getWidth() != image.getHeight() || image.getWidth() < 1080) {
                fail(v.line(), v.col(), "the overlay is " + image.getWidth() + "×" + image.getHeight()
                        + " pixels; it must be square and at least 1080×1080", "export it at 2160×2160");
                return null;
            }
            int centre = image.getRGB(image.getWidth() / 2, image.getHeight() / 2) >>> 24;
            if (centre != 0) {
                fail(v.line(), v.col(), "the overlay's centre is not transparent, so it would hide the photo",
                        "erase the middle of the image to full transparency");
                return null;
            }
            return new FrameLook.Overlay(image, "assets/" + text(front, "overlay").orElse(""));
        } catch (IOException e) {
            fail(v.line(), v.col(), "the overlay cannot be read: " + e.getMessage(), "export it again as PNG");
            return null;
        }
    }

    private List<FrameFormat> formats(YamlNode.Mapping front, FrameLook look) {
        Optional<YamlNode.Entry> entry = front.entry("formats");
        Set<FrameFormat> chosen = EnumSet.noneOf(FrameFormat.class);
        if (entry.isEmpty()) {
            chosen.addAll(look instanceof FrameLook.Overlay ? EnumSet.of(FrameFormat.MASTER, FrameFormat.SQUARE, FrameFormat.SMALL)
                    : EnumSet.allOf(FrameFormat.class));
            return List.copyOf(chosen);
        }
        YamlNode value = entry.get().value();
        List<YamlNode> items = value instanceof YamlNode.Sequence seq ? seq.items() : List.of(value);
        for (YamlNode item : items) {
            String name = item instanceof YamlNode.Scalar s ? s.text() : "";
            switch (name) {
                case "square" -> chosen.addAll(EnumSet.of(FrameFormat.MASTER, FrameFormat.SQUARE, FrameFormat.SMALL));
                case "cover" -> chosen.add(FrameFormat.COVER);
                case "story" -> chosen.add(FrameFormat.STORY);
                default -> fail(item.line(), item.col(), "format " + item.describe() + " is not known",
                        "use a list of square, cover and story");
            }
            if (look instanceof FrameLook.Overlay && (name.equals("cover") || name.equals("story"))) {
                fail(item.line(), item.col(), "an overlay frame only comes in square sizes", "remove " + name);
            }
        }
        return List.copyOf(chosen);
    }

    private Palette palette(YamlNode.Mapping front) {
        Palette base = defaults.palette();
        Optional<YamlNode.Entry> entry = front.entry("colors");
        if (entry.isEmpty()) {
            return base;
        }
        if (!(entry.get().value() instanceof YamlNode.Mapping colours)) {
            YamlNode v = entry.get().value();
            fail(v.line(), v.col(), "colors must be a group of keys", "write primary, accent, dark and light indented below colors:");
            return base;
        }
        java.awt.Color[] picked = {base.primary(), base.accent(), base.dark(), base.light()};
        for (YamlNode.Entry e : colours.entries()) {
            int index = COLOUR_KEYS.indexOf(e.key());
            String value = e.value() instanceof YamlNode.Scalar s ? s.text() : "";
            if (index < 0) {
                fail(e.line(), e.col(), "unknown colour '" + e.key() + "'", KeySuggestion.closest(e.key(), COLOUR_KEYS)
                        .map(k -> "did you mean '" + k + "'?").orElse("use primary, accent, dark or light"));
            } else if (!Palette.isHex(value)) {
                fail(e.value().line(), e.value().col(), "colour " + e.value().describe() + " is not a #rrggbb colour",
                        "write it like \"#0b5cad\" (in quotes)");
            } else {
                picked[index] = Palette.hex(value);
            }
        }
        return new Palette(picked[0], picked[1], picked[2], picked[3]);
    }

    /** A drawn string: the key's text, {@code false} for none, or the default when the key is absent. */
    private Optional<DrawnText> drawnText(YamlNode.Mapping front, String key, Optional<DrawnText> fallback) {
        Optional<YamlNode.Entry> entry = front.entry(key);
        if (entry.isEmpty()) {
            return fallback;
        }
        YamlNode v = entry.get().value();
        if (v instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN && s.text().equals("false")) {
            return Optional.empty();
        }
        if (v instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL && s.type() != YamlNode.ScalarType.BOOLEAN
                && !s.text().isBlank()) {
            return Optional.of(new DrawnText(s.text().strip(), path, s.line(), s.col(), key));
        }
        fail(v.line(), v.col(), key + " must be a line of text or false, not " + v.describe(), "write " + key + ": \"…\"");
        return Optional.empty();
    }

    private Optional<String> text(YamlNode.Mapping front, String key) {
        Optional<YamlNode> v = front.get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof YamlNode.Scalar s && s.type() != YamlNode.ScalarType.NULL) {
            return Optional.of(s.text());
        }
        fail(v.get().line(), v.get().col(), key + " must be text, not " + v.get().describe(), "write " + key + ": \"…\"");
        return Optional.empty();
    }

    private boolean flag(YamlNode.Mapping front, String key, boolean fallback) {
        Optional<YamlNode> v = front.get(key);
        if (v.isEmpty()) {
            return fallback;
        }
        if (v.get() instanceof YamlNode.Scalar s && s.type() == YamlNode.ScalarType.BOOLEAN) {
            return Boolean.parseBoolean(s.text());
        }
        fail(v.get().line(), v.get().col(), key + " must be true or false, not " + v.get().describe(), "write " + key + ": true");
        return fallback;
    }

    private Optional<Path> assetFile(YamlNode.Entry entry) {
        YamlNode v = entry.value();
        String value = v instanceof YamlNode.Scalar s ? s.text().strip() : "";
        if (value.isEmpty() || value.contains("..") || value.contains("\\") || value.startsWith("/") || value.contains(":")) {
            fail(v.line(), v.col(), entry.key() + " must be a file path inside assets/, not " + v.describe(),
                    "write it relative to assets/, e.g. frames/campaign-mark.svg");
            return Optional.empty();
        }
        Path file = assets.resolve(value).normalize();
        if (!file.startsWith(assets.normalize()) || !Files.isRegularFile(file)) {
            fail(v.line(), v.col(), "assets/" + value + " does not exist", "put the file in the site's assets/ folder");
            return Optional.empty();
        }
        return Optional.of(file);
    }

    private static DrawnText upper(DrawnText text) {
        return new DrawnText(text.text().toUpperCase(Locale.forLanguageTag("vi")), text.path(), text.line(), text.col(), text.what());
    }

    private void fail(int line, int col, String message, String hint) {
        problems.add(path, line, col, message, hint);
        ok = false;
    }
}
