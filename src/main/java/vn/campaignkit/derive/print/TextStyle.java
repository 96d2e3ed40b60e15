package vn.campaignkit.derive.print;

/**
 * How a text box is set: faces for normal and bold runs, the largest size to try and the smallest
 * acceptable one (text shrinks step by step and is a problem below {@code minSize}), line spacing
 * as a multiple of the size, extra space between blocks (in lines) and alignment.
 */
record TextStyle(FontFace regular, FontFace bold, float maxSize, float minSize, float leading, float blockGap,
                 boolean centred) {

    static TextStyle headline(float max, float min, boolean centred) {
        return new TextStyle(FontFace.EXTRABOLD, FontFace.EXTRABOLD, max, min, 1.12f, 0.3f, centred);
    }

    static TextStyle body(float max, float min) {
        return new TextStyle(FontFace.REGULAR, FontFace.BOLD, max, min, 1.3f, 0.45f, false);
    }

    static TextStyle label(FontFace face, float size, boolean centred) {
        return new TextStyle(face, face, size, size, 1.2f, 0.2f, centred);
    }

    TextStyle centred(boolean c) {
        return new TextStyle(regular, bold, maxSize, minSize, leading, blockGap, c);
    }

    TextStyle sizes(float max, float min) {
        return new TextStyle(regular, bold, max, min, leading, blockGap, centred);
    }
}
