package dev.tlsbench.report.chart;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.text.G2TextMeasurer;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextBlockAnchor;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A chart's two axes on JFreeChart's linear and log axes, with our ticks: the value axis at
 * {@link AxisTicks} (decades, 1-2-5 within two decades, powers of two for ratios), a numeric
 * position axis at the measured x values (record sizes), and a category axis whose labels wrap.
 */
final class ChartAxes {

    private ChartAxes() {
    }

    static ValueAxis value(ChartModel m) {
        AxisTicks t = AxisTicks.of(m);
        return ticked(m.y().label(), m.y().scale() != ChartModel.Scale.LINEAR, t.ticks().stream().map(v -> value(m, v)).toList(),
                t.labels(), value(m, t.min()), value(m, t.max()));
    }

    /** A value in the axis's own coordinates (log10 or log2 of it) back as the value a LogAxis places. */
    private static double value(ChartModel m, double axis) {
        return switch (m.y().scale()) {
            case LINEAR -> axis;
            case LOG10 -> Math.pow(10, axis);
            case LOG2 -> Math.pow(2, axis);
        };
    }

    /** Categories at 0 .. n-1 (the first at the top of a horizontal chart), or the measured x values with a margin. */
    static ValueAxis position(ChartModel m) {
        if (m.x().categorical()) {
            return style(new Categories(m.x().label(), m.x().tickLabels(), m.horizontal()));
        }
        List<Double> at = m.x().ticks();
        double lo = at.get(0);
        double hi = at.get(at.size() - 1);
        double pad = hi > lo ? (m.x().log() ? Math.log10(hi / lo) : hi - lo) * 0.06 : 0.5;
        return ticked(m.x().label(), m.x().log(), at, m.x().tickLabels(), m.x().log() ? lo / Math.pow(10, pad) : lo - pad,
                m.x().log() ? hi * Math.pow(10, pad) : hi + pad);
    }

    /** A linear or log axis over [lo, hi] whose ticks are exactly {@code at} with {@code labels}. */
    private static ValueAxis ticked(String label, boolean log, List<Double> at, List<String> labels, double lo, double hi) {
        ValueAxis a = log ? new LogAxis(label) {
            @Override
            public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D area, RectangleEdge edge) {
                return ticks(at, labels, edge);
            }
        } : new NumberAxis(label) {
            @Override
            public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D area, RectangleEdge edge) {
                return ticks(at, labels, edge);
            }
        };
        a.setRange(lo, hi);
        return style(a);
    }

    private static List<NumberTick> ticks(List<Double> at, List<String> labels, RectangleEdge edge) {
        TextAnchor anchor = RectangleEdge.isTopOrBottom(edge) ? TextAnchor.TOP_CENTER : TextAnchor.CENTER_RIGHT;
        List<NumberTick> out = new ArrayList<>();
        for (int i = 0; i < at.size(); i++) {
            out.add(new NumberTick(at.get(i), labels.get(i), anchor, anchor, 0));
        }
        return out;
    }

    /** The most lines a category label of {@code m} wraps to, beside a row of a horizontal chart. */
    static int rowLines(ChartModel m, Graphics2D g2) {
        return Categories.blocks(m.x().tickLabels(), true, ChartStyle.TICK, g2).stream().mapToInt(b -> b.getLines().size()).max().orElse(1);
    }

    private static ValueAxis style(ValueAxis a) {
        a.setLabelFont(ChartStyle.AXIS);
        a.setLabelPaint(ChartStyle.TEXT);
        a.setTickLabelFont(ChartStyle.TICK);
        a.setTickLabelPaint(ChartStyle.TEXT);
        a.setTickMarksVisible(false);
        a.setAxisLineVisible(false);
        return a;
    }

    /**
     * Categories at 0 .. n-1 on an XY plot (so an owner's point sits at its offset within the
     * category), each label wrapped over up to 3 lines (rows take at most 42% of the width; a row is
     * as high as its longest label, {@link #rowLines}). JFreeChart's CategoryAxis wraps too, but only on a CategoryPlot.
     */
    private static final class Categories extends NumberAxis {

        /** A label wraps over up to this many lines (a headline question with its answer takes three). */
        private static final int MAX_LINES = 3;

        private final List<String> labels;
        private final boolean rows;

        Categories(String label, List<String> labels, boolean rows) {
            super(label);
            this.labels = labels;
            this.rows = rows;
            setRange(-0.5, labels.size() - 0.5);
            setInverted(rows);
        }

        private List<TextBlock> blocks(Graphics2D g2, Rectangle2D area) {
            return blocks(labels, rows, getTickLabelFont(), g2);
        }

        private static List<TextBlock> blocks(List<String> labels, boolean rows, java.awt.Font font, Graphics2D g2) {
            // the same width when space is reserved (the plot's area) and when drawn (the data area)
            float width = rows ? 0.42f * ChartRenderer.WIDTH : Math.max(40, (ChartRenderer.WIDTH - 100f) / Math.max(1, labels.size()) - 6);
            return labels.stream().map(s -> TextUtils.createTextBlock(s, font, ChartStyle.TEXT, width, MAX_LINES,
                    new G2TextMeasurer(g2))).toList();
        }

        @Override
        public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D area, RectangleEdge edge) {
            return List.of();
        }

        @Override
        protected AxisState drawTickMarksAndLabels(Graphics2D g2, double cursor, Rectangle2D plotArea, Rectangle2D dataArea, RectangleEdge edge) {
            AxisState state = new AxisState(cursor);
            List<TextBlock> blocks = blocks(g2, dataArea);
            for (int i = 0; i < blocks.size(); i++) {
                float at = (float) valueToJava2D(i, dataArea, edge);
                if (rows) {
                    blocks.get(i).draw(g2, (float) cursor - 8, at, TextBlockAnchor.CENTER_RIGHT);
                } else {
                    blocks.get(i).draw(g2, at, (float) cursor + 4, TextBlockAnchor.TOP_CENTER);
                }
            }
            if (rows) {
                state.cursorLeft(findMaximumTickLabelWidth(null, g2, dataArea, false));
            } else {
                state.cursorDown(findMaximumTickLabelHeight(null, g2, dataArea, false));
            }
            return state;
        }

        @Override
        protected double findMaximumTickLabelHeight(List ticks, Graphics2D g2, Rectangle2D area, boolean vertical) {
            return blocks(g2, area).stream().mapToDouble(b -> b.calculateDimensions(g2).getHeight()).max().orElse(0) + 6;
        }

        @Override
        protected double findMaximumTickLabelWidth(List ticks, Graphics2D g2, Rectangle2D area, boolean vertical) {
            return blocks(g2, area).stream().mapToDouble(b -> b.calculateDimensions(g2).getWidth()).max().orElse(0) + 10;
        }
    }
}
