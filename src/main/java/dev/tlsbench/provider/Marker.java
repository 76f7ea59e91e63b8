package dev.tlsbench.provider;

/**
 * The shape of an owner's points in every chart, so owners differ by shape as well as colour (and
 * stay apart in print and for readers who do not tell the colours apart).
 */
public enum Marker {
    CIRCLE, DIAMOND, SQUARE, TRIANGLE_UP, TRIANGLE_DOWN
}
