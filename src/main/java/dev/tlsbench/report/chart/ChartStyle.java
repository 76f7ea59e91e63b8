package dev.tlsbench.report.chart;

import dev.tlsbench.provider.Marker;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.util.ShapeUtils;

/** The fonts, greys, strokes and marker shapes every chart uses, so the charts of a report look alike. */
final class ChartStyle {

    static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    static final Font SUBTITLE = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font AXIS = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font TICK = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font LEGEND = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    static final Font MARK = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    static final Font NOTE = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    static final Font SUP = new Font(Font.SANS_SERIF, Font.PLAIN, 9);
    static final Color TEXT = new Color(0x22, 0x22, 0x22);
    static final Color GREY = new Color(0x66, 0x66, 0x66);
    static final Color GRID = new Color(0xE4, 0xE4, 0xE4);

    private ChartStyle() {
    }

    static Stroke stroke(ChartModel.LineStyle line, float width) {
        return switch (line) {
            case DASH -> new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {6f, 4f}, 0f);
            case DOT -> new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, new float[] {1.5f, 3.5f}, 0f);
            default -> new BasicStroke(width);
        };
    }

    static Color markColor(ChartModel.MarkKind k) {
        return switch (k) {
            case FAILED, GATE -> new Color(0xC0, 0x00, 0x00);
            case GATE_LENIENT -> new Color(0x8A, 0x6D, 0x00);
            case PENDING, NOT_STEADY -> new Color(0xB3, 0x59, 0x00);
            case UNSUPPORTED -> new Color(0x55, 0x55, 0x55);
            case HARNESS_LIMIT -> new Color(0x6A, 0x4C, 0x93);
            case NOT_IN_PROFILE -> new Color(0x99, 0x99, 0x99);
            case WEAK -> new Color(0x77, 0x77, 0x77);
        };
    }

    /** An owner's marker shape, the same in every chart (plan.json's, from the owner constant). */
    static Shape marker(Marker marker) {
        return marker(marker, 1);
    }

    /** The same, {@code scale} times as large. */
    static Shape marker(Marker marker, double scale) {
        float r = (float) (4.5 * scale);
        double c = 4 * scale;
        double q = 3.5 * scale;
        return switch (marker) {
            case CIRCLE -> new Ellipse2D.Double(-c, -c, 2 * c, 2 * c);
            case DIAMOND -> ShapeUtils.createDiamond(r);
            case SQUARE -> new Rectangle2D.Double(-q, -q, 2 * q, 2 * q);
            case TRIANGLE_UP -> ShapeUtils.createUpTriangle(r);
            case TRIANGLE_DOWN -> ShapeUtils.createDownTriangle(r);
        };
    }
}
