package vn.campaignkit.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.campaignkit.source.DidYouMean;
import vn.campaignkit.source.Fields;
import vn.campaignkit.source.schema.ContentSchema;
import vn.campaignkit.source.schema.FieldSpec;

/** Reads the design keys of a frame's front matter, reporting every wrong value at its position. */
final class FrameReader {
    private static final List<String> STYLES = ContentSchema.FRAME.allowed("style");
    private static final List<String> COLOUR_NAMES = ContentSchema.FRAME.fieldOf("colors").items().stream().map(FieldSpec::key).toList();
    private static final List<String> FORMATS = ContentSchema.FRAME.allowed("formats");
    private static final Set<String> DRAWN_ONLY = Set.of("style", "colors", "top_text", "bottom_text", "band_text", "logo", "hotline");

    private FrameReader() {
    }

    /** The design, or empty when a value is wrong (each mistake already reported). */
    static Optional<FrameDesign> read(Fields f) {
        int before = f.problems().size();
        FrameDesign.Style style = FrameDesign.Style.RING;
        Optional<String> styleText = f.text("style");
        if (styleText.isPresent()) {
            Optional<FrameDesign.Style> found = java.util.Arrays.stream(FrameDesign.Style.values())
                    .filter(s -> s.key().equals(styleText.get()) && STYLES.contains(s.key())).findFirst();
            if (found.isEmpty()) {
                f.problemAt("style", "style \"" + styleText.get() + "\" is not a frame style", "use " + String.join(", ", STYLES));
            } else {
                style = found.get();
            }
        }
        Map<String, String> colours = new LinkedHashMap<>();
        f.group("colors").ifPresent(c -> {
            for (String name : c.keys()) {
                if (!COLOUR_NAMES.contains(name)) {
                    c.problems().add(c.path(), c.line(name), c.col(name), "unknown colour '" + name + "'",
                            DidYouMean.closest(name, COLOUR_NAMES).map(k -> "did you mean '" + k + "'?")
                                    .orElse("use " + String.join(", ", COLOUR_NAMES)));
                    continue;
                }
                c.text(name).ifPresent(v -> {
                    if (v.matches("#[0-9a-fA-F]{6}")) {
                        colours.put(name, v.toLowerCase(java.util.Locale.ROOT));
                    } else {
                        c.problemAt(name, "colour \"" + v + "\" is not a #rrggbb colour", "write it like \"#0b5cad\" (in quotes)");
                    }
                });
            }
        });
        List<String> formats = new ArrayList<>();
        List<String> given = f.texts("formats");
        for (int i = 0; i < given.size(); i++) {
            if (FORMATS.contains(given.get(i))) {
                formats.add(given.get(i));
            } else {
                int[] at = f.itemPosition("formats", i);
                f.problems().add(f.path(), at[0], at[1], "format \"" + given.get(i) + "\" is not known",
                        "use a list of " + String.join(", ", FORMATS));
            }
        }
        Optional<FrameDesign.AssetRef> logo = asset(f, "logo");
        Optional<FrameDesign.AssetRef> overlay = asset(f, "overlay");
        boolean perSchool = f.bool("per_school").orElse(false);
        if (overlay.isPresent()) {
            for (String key : DRAWN_ONLY) {
                if (f.has(key)) {
                    f.problems().add(f.path(), f.line(key), f.col(key), "'" + key + "' has no effect on an overlay frame",
                            "remove '" + key + "' or remove 'overlay' to let the generator draw the frame");
                }
            }
            if (perSchool) {
                f.problemAt("per_school", "per-school variants need a drawn frame, not an overlay image",
                        "remove 'overlay' and describe the frame with style, band_text and colors");
            }
            for (String format : formats) {
                if (!format.equals("square")) {
                    f.problemAt("formats", "an overlay frame only comes in square sizes", "remove " + format);
                }
            }
        }
        FrameDesign design = new FrameDesign(style, colours, text(f, "top_text"), text(f, "bottom_text"), text(f, "band_text"),
                f.bool("hashtags").orElse(Boolean.parseBoolean(ContentSchema.FRAME.fieldOf("hashtags").defaultValue())), text(f, "hotline"), logo, overlay, perSchool, f.text("caption"), formats);
        return f.problems().size() == before ? Optional.of(design) : Optional.empty();
    }

    private static FrameDesign.Text text(Fields f, String key) {
        if (!f.has(key)) {
            return new FrameDesign.Text.SiteDefault();
        }
        Optional<String> value = f.text(key);
        if (value.isEmpty() || value.get().equals("false")) {
            return new FrameDesign.Text.Off();
        }
        if (value.get().equals("true")) {
            return new FrameDesign.Text.SiteDefault();
        }
        return new FrameDesign.Text.Given(value.get(), f.valueLine(key), f.valueCol(key));
    }

    private static Optional<FrameDesign.AssetRef> asset(Fields f, String key) {
        Optional<String> value = f.text(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String v = value.get();
        if (v.contains("..") || v.contains("\\") || v.startsWith("/") || v.contains(":")) {
            f.problemAt(key, key + " must be a file path inside assets/, not \"" + v + "\"",
                    "write it relative to assets/, e.g. img/logo.svg");
            return Optional.empty();
        }
        return Optional.of(new FrameDesign.AssetRef("assets/" + v, f.valueLine(key), f.valueCol(key)));
    }
}
