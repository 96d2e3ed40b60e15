package vn.campaignkit.derive.print;

/** A rectangle in PDF points, origin at the bottom left of the page. */
record Box(float x, float y, float w, float h) {

    static final float PT_PER_MM = 72f / 25.4f;

    static float mm(double mm) {
        return (float) (mm * PT_PER_MM);
    }

    static double toMm(float pt) {
        return pt / PT_PER_MM;
    }

    float top() {
        return y + h;
    }

    float right() {
        return x + w;
    }

    float centreX() {
        return x + w / 2;
    }

    float centreY() {
        return y + h / 2;
    }

    Box inset(float d) {
        return new Box(x + d, y + d, w - 2 * d, h - 2 * d);
    }

    Box inset(float horizontal, float vertical) {
        return new Box(x + horizontal, y + vertical, w - 2 * horizontal, h - 2 * vertical);
    }

    Box outset(float d) {
        return inset(-d);
    }

    /** The top slice of the given height. */
    Box top(float height) {
        return new Box(x, top() - height, w, height);
    }

    /** The bottom slice of the given height. */
    Box bottom(float height) {
        return new Box(x, y, w, height);
    }

    /** What is left below a top slice of the given height. */
    Box below(float height) {
        return new Box(x, y, w, h - height);
    }

    /** What is left above a bottom slice of the given height. */
    Box above(float height) {
        return new Box(x, y + height, w, h - height);
    }

    Box left(float width) {
        return new Box(x, y, width, h);
    }

    Box right(float width) {
        return new Box(right() - width, y, width, h);
    }

    boolean contains(Box other) {
        float e = 0.01f;
        return other.x >= x - e && other.y >= y - e && other.right() <= right() + e && other.top() <= top() + e;
    }
}
