package vn.campaignkit.derive.frames;

import vn.campaignkit.model.School;

/** Where a frame's files go, next to its editor page ({@code frames/<slug>/}). */
public final class FrameFiles {
    /** The editor page loads this script (relative to its folder) to get the frame image. */
    public static final String SCRIPT = "frame-data.js";

    private FrameFiles() {
    }

    static String script(String folder) {
        return folder + SCRIPT;
    }

    /** e.g. {@code frames/truong-em/schools/ha-noi-thcs-cau-giay.png}. */
    static String schoolVariant(String folder, School school) {
        return folder + "schools/" + school.provinceSlug().value() + "-" + school.info().slug().value() + ".png";
    }
}
